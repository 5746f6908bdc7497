using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// The candidate's eligibility evidence (申报材料) for the API and the candidate page: the file, each track's routes
/// checked against it in words, and the changes (add, edit, remove, apply), all through the candidate's evidence grain.
/// </summary>
public sealed class CandidateEvidence(IGrainFactory grains)
{
    /// <summary>The most tracks one overview checks (enrolled, applied to, asked about).</summary>
    public const int MaxTracks = 12;

    /// <summary>
    /// The candidate's evidence and, for each track they are enrolled in or applied to (and <paramref name="wantedTrack"/>),
    /// the routes met and not met; <see langword="null"/> when the candidate is not registered.
    /// </summary>
    public async Task<EvidenceOverview?> OverviewAsync(string idNumber, string? wantedTrack)
    {
        if (await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync() is not { } candidate)
        {
            return null;
        }

        var file = await grains.GetGrain<ICandidateEvidenceGrain>(idNumber).GetAsync();
        var keys = candidate.Enrolments.Select(e => e.TrackKey).Concat(file.Applications.Select(a => a.TrackKey))
            .Concat(string.IsNullOrWhiteSpace(wantedTrack) ? [] : [wantedTrack.Trim()]).Distinct(StringComparer.Ordinal).Take(MaxTracks).ToList();
        var evidence = file.Items.Select(i => i.Evidence).ToArray();
        var confirmed = file.Items.Where(i => i.Confirmed).Select(i => i.Evidence.Id).ToArray();
        var tracks = new List<TrackEligibilityView>(keys.Count);
        foreach (var key in keys)
        {
            var enrolment = candidate.Enrolments.FirstOrDefault(e => e.TrackKey == key);
            var application = file.Applications.FirstOrDefault(a => a.TrackKey == key);
            var status = enrolment is not null ? "enrolled" : application?.Status ?? "none";
            var assessment = await grains.GetGrain<ICertificationTrackGrain>(key).AssessEligibilityAsync(candidate.BirthDate, evidence, confirmed);
            tracks.Add(View(key, status, enrolment, application, assessment));
        }

        return new EvidenceOverview(candidate.BirthDate, file.Items, tracks, file.Revision);
    }

    /// <summary>Adds evidence; the reply and the id given.</summary>
    public Task<EvidenceReply> AddAsync(string idNumber, EvidenceInput input, string actor) =>
        grains.GetGrain<ICandidateEvidenceGrain>(idNumber).AddAsync(input.ToEvidence(""), actor);

    /// <summary>Replaces the evidence <paramref name="evidenceId"/>.</summary>
    public Task<EvidenceReply> EditAsync(string idNumber, string evidenceId, EvidenceInput input, string actor) =>
        grains.GetGrain<ICandidateEvidenceGrain>(idNumber).EditAsync(input.ToEvidence(evidenceId), actor);

    /// <summary>Removes the evidence <paramref name="evidenceId"/>.</summary>
    public Task<CommandReply> RemoveAsync(string idNumber, string evidenceId, string actor) =>
        grains.GetGrain<ICandidateEvidenceGrain>(idNumber).RemoveAsync(evidenceId, actor);

    /// <summary>Applies to the track with the evidence kept: enrolled, awaiting review, or refused.</summary>
    public Task<ApplicationReply> ApplyAsync(string idNumber, string trackKey, string actor) =>
        grains.GetGrain<ICandidateEvidenceGrain>(idNumber).ApplyAsync(trackKey.Trim(), actor);

    private static TrackEligibilityView View(string key, string status, Enrolment? enrolment, EligibilityApplication? application, EligibilityAssessment? assessment)
    {
        if (assessment is null)
        {
            return new TrackEligibilityView(key, status, enrolment, application, null, [], [], RefusalWords.Bilingual(Refusal.Of(RefusalCode.TrackNotOpened, key)));
        }

        var routes = assessment.Routes.Select(r => new RouteView(r.ConditionId, r.Title, r.Unconfirmed, r.Met, r.EvidenceIds, r.ToCheck,
            r.Why is { } why ? RefusalWords.Bilingual(why) : null, r.Why)).ToList();
        return new TrackEligibilityView(key, status, enrolment, application, $"{assessment.RuleSetId} v{assessment.Version}", assessment.Reviewed, routes,
            assessment.Unreadable is { } unreadable ? RefusalWords.Bilingual(unreadable) : null);
    }
}
