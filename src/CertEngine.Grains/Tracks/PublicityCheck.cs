using CertEngine.Contracts;
using CertEngine.Domain.Publicity;
using CertEngine.Domain.Results;
using CertEngine.Domain.Supervision;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Supervision;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// What a certificate waits for after the results allow it: 逢考必督 (issue 20) — the signed supervision record of every
/// sitting its results rest on, when the track requires one — and 成绩公示 (issue 19) — the results' 公示 period ended with
/// no objection to its line open, unless the track has 公示 off. A number already reserved was past these checks before a
/// crash, so the track grain asks only when none is reserved.
/// </summary>
internal static class PublicityCheck
{
    /// <summary>Why <paramref name="idNumber"/>'s certificate on <paramref name="trackKey"/> still waits on <paramref name="today"/>, or null.</summary>
    public static async Task<Refusal?> WaitsAsync(
        IPublicityRecords publicity, ISupervisionRecords supervision, string trackKey, Track track, string idNumber, IReadOnlyList<ComponentResult> results, DateOnly today)
    {
        if (track.Supervision.Required)
        {
            var sittings = SupervisionGate.SittingsCounted(results);
            if (SupervisionGate.Waits(track.Supervision, sittings, await supervision.SignedAsync(sittings)) is { } unsigned)
            {
                return unsigned.ToReply();
            }
        }

        if (!track.Publicity.Required)
        {
            return null;
        }

        var row = await publicity.StandingAsync(trackKey, idNumber);
        var standing = row is null ? null : new PublicityStanding(row.PublicityId, row.EndsOn, row.OpenObjections);
        return PublicityGate.Waits(track.Publicity, standing, today)?.ToReply();
    }
}
