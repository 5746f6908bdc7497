namespace CertEngine.Domain.Attempts;

/// <summary>Where a theory attempt stands in its lifecycle.</summary>
public enum AttemptPhase
{
    /// <summary>No paper yet: the sitting has not assembled it.</summary>
    Unassembled,

    /// <summary>Paper assembled; waiting for check-in and the start.</summary>
    Ready,

    /// <summary>The clock runs; answers are saved one by one.</summary>
    Running,

    /// <summary>The sitting is paused; the clock is frozen.</summary>
    Paused,

    /// <summary>Handed in or submitted at the deadline; graded.</summary>
    Submitted,
}
