using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// Enrols a candidate on a track (申报): the candidate must be registered, hold no certificate covering the track (一人多证), meet a route of the track's 申报条件 and, when
/// that route rests on evidence of a kind the rule set reviews, have that evidence confirmed by a reviewer. Idempotent.
/// </summary>
internal static class TrackEnrolment
{
    public static async Task<CommandReply> EnrolAsync(IGrainFactory grains, TimeProvider clock, Track track, string key, string idNumber,
        IReadOnlyList<Evidence> evidence, IReadOnlyList<string> confirmed, string actor)
    {
        var candidate = grains.GetGrain<ICandidateGrain>(idNumber);
        if (await candidate.GetAsync() is not { } snapshot)
        {
            return RefusalCodes.Refuse<TrackRefusal>(TrackRefusal.NotRegistered);
        }

        // Before the idempotent answer: asking again for someone who meanwhile holds the certificate says so.
        if (await RepeatCertificationCheck.RefusalAsync(grains, track.Key, snapshot) is { } held)
        {
            return CommandReply.Refuse(held);
        }

        if (snapshot.Enrolments.Any(e => e.TrackKey == key))
        {
            return CommandReply.Ok;
        }

        var (eligible, refusal) = TrackEligibility.Evaluate(track, snapshot.BirthDate, evidence, ChinaTime.Today(clock), confirmed.ToHashSet(StringComparer.Ordinal));
        if (eligible is null)
        {
            return refusal!;
        }

        var reply = await candidate.EnrolAsync(new Enrolment(key, eligible.ConditionId, eligible.EvidenceIds, clock.GetUtcNow(), actor));
        if (reply.Accepted)
        {
            await grains.AuditAsync(clock, "track/" + key, actor, "track.enrolled", "", $"condition {eligible.ConditionId}; evidence {string.Join(",", eligible.EvidenceIds)}");
        }

        return reply;
    }
}
