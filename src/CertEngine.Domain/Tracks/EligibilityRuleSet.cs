namespace CertEngine.Domain.Tracks;

/// <summary>
/// A versioned eligibility rule set (申报条件) for one occupation and level (or one 专项): a candidate qualifies by
/// meeting ANY one condition (RULES.md §3). Held as data so that a province or a new edition replaces it without code.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>4-10-01-06/5</c>.</param>
/// <param name="Version">≥ 1; raised whenever the conditions change, and stored with each registration.</param>
/// <param name="Conditions">At least one, with unique ids, in the order they are tried.</param>
public sealed record EligibilityRuleSet(string Id, int Version, IReadOnlyList<EligibilityCondition> Conditions)
{
    /// <summary>≥ 1.</summary>
    public int Version { get; } = Version >= 1 ? Version : throw new ArgumentOutOfRangeException(nameof(Version), Version, "versions start at 1");

    /// <summary>At least one condition; ids unique.</summary>
    public IReadOnlyList<EligibilityCondition> Conditions { get; } =
        Conditions.Count > 0 && Conditions.DistinctBy(c => c.Id, StringComparer.Ordinal).Count() == Conditions.Count
            ? Conditions
            : throw new ArgumentException("a rule set has at least one condition and unique condition ids", nameof(Conditions));

    /// <summary>Where the rules come from (standard, edition, province), for reviewers; null when not given.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The kinds of evidence a person must check before a route that uses them admits the candidate (资格审核): an
    /// enrolment whose route rests on such evidence, not yet confirmed by a reviewer, waits in the review queue. Empty
    /// (the default, when the data says nothing) means the engine's decision stands alone.
    /// </summary>
    public IReadOnlyList<EvidenceKind> Reviewed { get; init; } = [];

    /// <summary>
    /// Tries each condition in order and returns the first met, with the evidence it used; otherwise, for each condition,
    /// the first requirement it failed. Only evidence dated on or before <paramref name="today"/> counts.
    /// </summary>
    public EligibilityDecision Evaluate(CandidateEvidence evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var failures = new List<UnmetCondition>(Conditions.Count);
        foreach (var condition in Conditions)
        {
            var assessed = Assess(condition, evidence, today);
            if (assessed.Why is not { } why)
            {
                return new EligibilityDecision.Eligible(condition.Id, assessed.EvidenceIds);
            }

            failures.Add(new UnmetCondition(condition.Id, condition.Title, why));
        }

        return new EligibilityDecision.Ineligible(failures);
    }

    /// <summary>
    /// Every condition, in the rule set's order, checked against the evidence as of <paramref name="today"/>: which are
    /// met (with the evidence each uses) and, for the others, why their first failing requirement fails.
    /// </summary>
    public IReadOnlyList<ConditionAssessment> Assess(CandidateEvidence evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return [.. Conditions.Select(condition => Assess(condition, evidence, today))];
    }

    /// <summary>
    /// Which of <paramref name="evidenceIds"/> (a met route's evidence) a person must still check: those of a
    /// <see cref="Reviewed"/> kind not in <paramref name="confirmed"/>. Empty when the route may admit at once.
    /// </summary>
    public IReadOnlyList<string> ToReview(IReadOnlyList<string> evidenceIds, CandidateEvidence evidence, IReadOnlyCollection<string> confirmed)
    {
        ArgumentNullException.ThrowIfNull(evidenceIds);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(confirmed);
        return [.. evidenceIds.Where(id => !confirmed.Contains(id)
            && evidence.Items.FirstOrDefault(i => i.Id == id) is { } item && Reviewed.Contains(item.Kind))];
    }

    private static ConditionAssessment Assess(EligibilityCondition condition, CandidateEvidence evidence, DateOnly today)
    {
        var used = new List<string>();
        foreach (var requirement in condition.Requirements)
        {
            switch (requirement.Check(evidence, today))
            {
                case RequirementOutcome.Met met:
                    used.AddRange(met.EvidenceIds.Where(id => !used.Contains(id, StringComparer.Ordinal)));
                    break;
                case RequirementOutcome.Unmet unmet:
                    return new ConditionAssessment(condition.Id, condition.Title, condition.Unconfirmed, [], unmet.Why);
            }
        }

        return new ConditionAssessment(condition.Id, condition.Title, condition.Unconfirmed, used, null);
    }
}
