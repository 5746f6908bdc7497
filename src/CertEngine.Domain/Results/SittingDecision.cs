namespace CertEngine.Domain.Results;

/// <summary>Whether a candidate may sit a component of a track on a given day.</summary>
public abstract record SittingDecision
{
    private SittingDecision()
    {
    }

    /// <summary>The candidate may sit the component.</summary>
    public sealed record Allowed : SittingDecision
    {
        /// <summary>True when this sitting is a retake (补考) of a component failed in the current cycle.</summary>
        public bool IsRetake { get; init; }

        /// <summary>
        /// True when this sitting opens a new cycle: the first sitting ever, or the first after the previous cycle lapsed,
        /// so every component must be (re)sat within the new window.
        /// </summary>
        public bool StartsNewCycle { get; init; }
    }

    /// <summary>The candidate may not sit it, and why.</summary>
    public sealed record Refused(Refused<CertificationRefusal> Why) : SittingDecision;
}
