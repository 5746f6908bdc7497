namespace CertEngine.Contracts.Attempts;

/// <summary>Where an attempt stands.</summary>
public enum AttemptStatus
{
    /// <summary>Paper assembled; waiting for check-in and the start.</summary>
    Ready,

    /// <summary>The clock runs; answers are saved one by one.</summary>
    Running,

    /// <summary>The sitting is paused; the clock is frozen.</summary>
    Paused,

    /// <summary>Handed in or submitted at the deadline; graded.</summary>
    Submitted,
}
