using CertEngine.Domain;
using CertEngine.Domain.Publicity;
using CertEngine.Domain.Tracks;
using CertEngine.Storage.Records.Publicity;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// 成绩公示 (issue 19) before issuance: a certificate waits until its results' 公示 period has ended and no objection to its
/// line is open, unless the track has 公示 off. A number already reserved was past this check before a crash, so the
/// track grain asks only when none is reserved.
/// </summary>
internal static class PublicityCheck
{
    /// <summary>Why <paramref name="idNumber"/>'s certificate on <paramref name="trackKey"/> still waits on <paramref name="today"/>, or null.</summary>
    public static async Task<Refused<PublicityRefusal>?> WaitsAsync(IPublicityRecords publicity, string trackKey, Track track, string idNumber, DateOnly today)
    {
        if (!track.Publicity.Required)
        {
            return null;
        }

        var row = await publicity.StandingAsync(trackKey, idNumber);
        var standing = row is null ? null : new PublicityStanding(row.PublicityId, row.EndsOn, row.OpenObjections);
        return PublicityGate.Waits(track.Publicity, standing, today);
    }
}
