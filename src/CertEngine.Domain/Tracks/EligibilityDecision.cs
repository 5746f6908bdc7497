namespace CertEngine.Domain.Tracks;

/// <summary>The outcome of checking a candidate against an eligibility rule set (资格审核).</summary>
public abstract record EligibilityDecision
{
    private EligibilityDecision()
    {
    }

    /// <summary>Eligible by the first condition met, in the rule set's order, using these evidence items (in order, no repeats).</summary>
    public sealed record Eligible(string ConditionId, IReadOnlyList<string> EvidenceIds) : EligibilityDecision;

    /// <summary>No condition met: for each condition, in the rule set's order, the first requirement it failed and why.</summary>
    public sealed record Ineligible(IReadOnlyList<UnmetCondition> Failed) : EligibilityDecision;
}

/// <summary>A condition not met: its id and title (as the tracks data names it) and why its first failed requirement failed.</summary>
public sealed record UnmetCondition(string ConditionId, string Title, Refused<EligibilityRefusal> Why);
