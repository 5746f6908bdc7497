using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The 一人多证 rule (one person, one certificate per occupation, 工种 and level; 人社 checks it before upload): enrolling
/// for a track or issuing its certificate is refused when the person already holds, from this engine, a certificate that
/// covers it. A reissue (补发/换发) replaces a certificate and is never checked here.
/// </summary>
/// <remarks>
/// A held certificate covers the wanted track when it is of the same occupation (or the same 专项), is still the person's
/// (<see cref="CertificateStatus.Valid"/> or <see cref="CertificateStatus.Suspended"/>: a suspension may be lifted, so a
/// second certificate beside it would be a duplicate; a revoked or superseded one no longer counts, its replacement does),
/// and is at the same or a higher level (a smaller digit). The 工种 must match, except that a level without 工种 (家政服务员
/// 二级) covers the occupation as a whole: certificates of one level differing only in 工种 are allowed and listed for a
/// manager instead (the near-duplicates report).
/// </remarks>
public static class RepeatCertification
{
    /// <summary>
    /// The refusal for a person holding <paramref name="held"/> who wants <paramref name="wanted"/>; null when nothing held covers it.
    /// A certificate of the wanted track itself counts as the same level (the track's own "already issued" answer comes first).
    /// </summary>
    public static Refused<RepeatCertificationRefusal>? Check(TrackKey wanted, IEnumerable<HeldQualification> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var covering = held.Where(h => h.Status is CertificateStatus.Valid or CertificateStatus.Suspended && Covers(h.Track, wanted))
            .OrderBy(h => h.Track.Level ?? 0).ThenBy(h => h.Number, StringComparer.Ordinal).ToList();
        if (covering.FirstOrDefault(h => h.Track.Level == wanted.Level) is { } same)
        {
            return Refused.Of(RepeatCertificationRefusal.SameLevelHeld, same.Number, same.Track.ToString());
        }

        return covering.FirstOrDefault() is { } higher
            ? Refused.Of(RepeatCertificationRefusal.HigherLevelHeld, higher.Number, higher.Track.ToString())
            : null;
    }

    /// <summary>Whether a certificate of <paramref name="held"/> covers <paramref name="wanted"/> (same occupation, 工种 rule, same or higher level).</summary>
    public static bool Covers(TrackKey held, TrackKey wanted)
    {
        if (!string.Equals(held.OccupationCode, wanted.OccupationCode, StringComparison.Ordinal) || held.IsSpecialty != wanted.IsSpecialty)
        {
            return false;
        }

        if (held.IsSpecialty)
        {
            return true;
        }

        var workTypeCovers = held.WorkType is null || string.Equals(held.WorkType, wanted.WorkType, StringComparison.Ordinal);
        return workTypeCovers && held.Level <= wanted.Level;
    }
}
