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
    /// Tries each condition in order and returns the first met, with the evidence it used; otherwise, for each condition,
    /// the first requirement it failed. Only evidence dated on or before <paramref name="today"/> counts.
    /// </summary>
    public EligibilityDecision Evaluate(CandidateEvidence evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var failures = new List<UnmetCondition>(Conditions.Count);
        foreach (var condition in Conditions)
        {
            var used = new List<string>();
            Refused<EligibilityRefusal>? failure = null;
            foreach (var requirement in condition.Requirements)
            {
                switch (requirement.Check(evidence, today))
                {
                    case RequirementOutcome.Met met:
                        used.AddRange(met.EvidenceIds.Where(id => !used.Contains(id, StringComparer.Ordinal)));
                        break;
                    case RequirementOutcome.Unmet unmet:
                        failure = unmet.Why;
                        break;
                }

                if (failure is not null)
                {
                    break;
                }
            }

            if (failure is null)
            {
                return new EligibilityDecision.Eligible(condition.Id, used);
            }

            failures.Add(new UnmetCondition(condition.Id, condition.Title, failure));
        }

        return new EligibilityDecision.Ineligible(failures);
    }
}
