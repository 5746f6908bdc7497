using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>A candidate's evidence read into the Domain and judged by the track's eligibility rules (申报条件).</summary>
internal static class TrackEligibility
{
    /// <summary>The names of the evidence kinds as the wire and the tracks data write them.</summary>
    public static string KindName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Work => "work",
        EvidenceKind.Apprenticeship => "apprenticeship",
        EvidenceKind.Certificate => "certificate",
        EvidenceKind.Graduation => "graduation",
        _ => "training",
    };

    /// <summary>
    /// The condition met and the evidence that meets it; or the refusal (an unreadable piece, the failed requirements, or
    /// a route resting on evidence of a reviewed kind that is not in <paramref name="confirmed"/>).
    /// </summary>
    public static (EligibilityDecision.Eligible? Eligible, CommandReply? Refusal) Evaluate(
        Track track, DateOnly birthDate, IReadOnlyList<Evidence> evidence, DateOnly today, IReadOnlyCollection<string>? confirmed = null)
    {
        if (Read(birthDate, evidence) is not { } candidate)
        {
            return (null, RefusalCodes.Refuse(Unreadable(evidence)!));
        }

        return track.Eligibility.Evaluate(candidate, today) switch
        {
            EligibilityDecision.Eligible eligible when track.Eligibility.ToReview(eligible.EvidenceIds, candidate, confirmed ?? []) is { Count: > 0 } toCheck =>
                (null, RefusalCodes.Refuse(Refused.Of(TrackRefusal.ReviewRequired, eligible.ConditionId, string.Join(",", toCheck)))),
            EligibilityDecision.Eligible eligible => (eligible, null),
            // Every condition not met is listed under the reason, with why (a plain array: see RefusalCodes.ToReply).
            EligibilityDecision.Ineligible ineligible => (null, CommandReply.Refuse(Reason() with
            {
                Details = ineligible.Failed
                    .Select(f => Refused.Of(TrackRefusal.ConditionNotMet, f.ConditionId, f.Title).ToReply(f.Why.ToReply()))
                    .ToArray(),
            })),
            _ => (null, CommandReply.Refuse(Reason())),
        };
    }

    /// <summary>Every route of the track's rule set checked against the evidence (for the candidate page and the reviewer).</summary>
    public static EligibilityAssessment Assess(Track track, DateOnly birthDate, IReadOnlyList<Evidence> evidence, IReadOnlyCollection<string> confirmed, DateOnly today)
    {
        var rules = track.Eligibility;
        var reviewed = rules.Reviewed.Select(KindName).ToArray();
        if (Read(birthDate, evidence) is not { } candidate)
        {
            return new EligibilityAssessment(rules.Id, rules.Version, rules.Source, reviewed, [], Unreadable(evidence)!.ToReply());
        }

        var routes = rules.Assess(candidate, today).Select(a => new RouteAssessment(a.ConditionId, a.Title, a.Unconfirmed, a.Met, a.EvidenceIds.ToArray(),
            a.Met ? rules.ToReview(a.EvidenceIds, candidate, confirmed).ToArray() : [], a.Why?.ToReply())).ToArray();
        return new EligibilityAssessment(rules.Id, rules.Version, rules.Source, reviewed, routes, null);
    }

    private static CandidateEvidence? Read(DateOnly birthDate, IReadOnlyList<Evidence> evidence)
    {
        var items = evidence.Select(EvidenceMapping.ToDomain).ToList();
        return items.All(i => i.Item is not null) && items.DistinctBy(i => i.Item!.Id, StringComparer.Ordinal).Count() == items.Count
            ? new CandidateEvidence(birthDate, [.. items.Select(i => i.Item!)])
            : null;
    }

    private static Refused<TrackRefusal>? Unreadable(IReadOnlyList<Evidence> evidence) =>
        evidence.Select(EvidenceMapping.ToDomain).FirstOrDefault(i => i.Item is null).Problem
        ?? evidence.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => Refused.Of(TrackRefusal.EvidenceUnreadable, g.Key, g.First().Kind)).FirstOrDefault();

    private static Refusal Reason() => ((Refused<TrackRefusal>)TrackRefusal.NotEligible).ToReply();
}
