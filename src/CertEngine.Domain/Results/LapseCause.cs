namespace CertEngine.Domain.Results;

/// <summary>Why a cycle's passed component results lapsed (RULES.md §8).</summary>
public enum LapseCause
{
    /// <summary>The retake window ended before every component passed.</summary>
    WindowEnded,

    /// <summary>A component failed more often than the retakes allow, so the cycle cannot complete.</summary>
    RetakesExhausted,
}
