namespace CertEngine.Domain.Tracks;

/// <summary>The outcome of checking a candidate against an eligibility rule set (资格审核).</summary>
public abstract record EligibilityDecision
{
    private EligibilityDecision()
    {
    }

    /// <summary>Eligible by the first condition met, in the rule set's order, using these evidence items (in order, no repeats).</summary>
    public sealed record Eligible(string ConditionId, IReadOnlyList<string> EvidenceIds) : EligibilityDecision;

    /// <summary>
    /// No condition met. One line per condition, in the rule set's order: the condition's id and title and the first
    /// requirement that failed, Chinese first, then English in brackets.
    /// </summary>
    public sealed record Ineligible(IReadOnlyList<string> FailedRules) : EligibilityDecision;
}
