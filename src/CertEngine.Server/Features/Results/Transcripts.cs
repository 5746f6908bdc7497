using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Documents;
using CertEngine.Domain;
using CertEngine.Grains.Certificates;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// A candidate's score transcript (成绩单) for a track, from the <c>transcript</c> template: every component result the
/// candidate holds for the track, oldest first, and the certificate it led to, if any. The level (等级) is the certificate's,
/// or before 发证 the track's (五级/初级工), so a transcript printed before the certificate does not read "--".
/// </summary>
public sealed class Transcripts(IGrainFactory grains, CertificateRenderer renderer, CertificateAuthority authority, TimeProvider clock)
{
    /// <summary>The printable transcript, or null when the candidate is not registered or the track not opened.</summary>
    public async Task<string?> RenderAsync(string idNumber, string trackKey)
    {
        var candidate = grains.GetGrain<ICandidateGrain>(idNumber);
        if (await candidate.GetAsync() is not { } snapshot || await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync() is not { } track)
        {
            return null;
        }

        var results = await candidate.GetResultsAsync(track.Key);
        var held = snapshot.Certificates.LastOrDefault(c => c.TrackKey == track.Key);
        var certificate = held is null ? null : await grains.GetGrain<ICertificateGrain>(held.Number).GetAsync();
        var lines = results.Select(r => new TranscriptLine(ComponentName(r.Component), r.SessionId, r.SatOn, r.Score, r.PassMark, r.Void)).ToList();
        return renderer.RenderTranscript(new TranscriptDocument(snapshot.Profile.Name, snapshot.Profile.IdNumber, track.Title,
            certificate?.Fields.LevelDisplay ?? (string.IsNullOrWhiteSpace(track.LevelDisplay) ? null : track.LevelDisplay), lines, held?.Number, ChinaTime.Today(clock), authority.IssuerName));
    }

    private static string ComponentName(ExamComponent component) => ResultWords.Component(component.ToString()).Chinese;
}
