namespace CertEngine.Domain.Tracks;

/// <summary>Whether one requirement of an eligibility condition is met by a candidate's evidence.</summary>
public abstract record RequirementOutcome
{
    private RequirementOutcome()
    {
    }

    /// <summary>Met, using these evidence items (none for a requirement met by the birth date alone).</summary>
    public sealed record Met(IReadOnlyList<string> EvidenceIds) : RequirementOutcome;

    /// <summary>Not met, and why.</summary>
    public sealed record Unmet(Refused<EligibilityRefusal> Why) : RequirementOutcome;
}
