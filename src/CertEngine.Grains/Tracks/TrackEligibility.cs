using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>A candidate's evidence read into the Domain and judged by the track's eligibility rules (申报条件).</summary>
internal static class TrackEligibility
{
    /// <summary>The condition met and the evidence that meets it; or the refusal (an unreadable piece, or the failed requirements).</summary>
    public static (EligibilityDecision.Eligible? Eligible, CommandReply? Refusal) Evaluate(Track track, DateOnly birthDate, IReadOnlyList<Evidence> evidence, DateOnly today)
    {
        var items = evidence.Select(EvidenceMapping.ToDomain).ToList();
        if (items.FirstOrDefault(i => i.Item is null) is { Problem: { } unreadable })
        {
            return (null, RefusalCodes.Refuse(unreadable));
        }

        return track.Eligibility.Evaluate(new CandidateEvidence(birthDate, [.. items.Select(i => i.Item!)]), today) switch
        {
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

    private static Refusal Reason() => ((Refused<TrackRefusal>)TrackRefusal.NotEligible).ToReply();
}
