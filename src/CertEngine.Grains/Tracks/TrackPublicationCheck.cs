using CertEngine.Contracts;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// Checks a bank version's files against its manifest afresh when a track pins it, and records the publication on the
/// version's trail the first time any track pins it (who, when, version, the manifest's hash).
/// </summary>
internal static class TrackPublicationCheck
{
    /// <summary>The audit trail of one published bank version: <c>bank/{occupation code}/{version}</c>.</summary>
    public static string Subject(TrackKey key, int bankVersion) => $"bank/{key.OccupationCode}/{bankVersion}";

    /// <summary>How an audit record names the manifest.</summary>
    public static string Details(BankPublication publication) => $"manifest-sha256={publication.ManifestSha256}";

    /// <summary>
    /// Refused, and audited on the version's trail, when an item was edited after publication, or when the manifest itself
    /// differs from the one first recorded; null when the version is intact.
    /// </summary>
    public static async Task<Refused<TrackRefusal>?> RefusalAsync(
        IGrainFactory grains, ExamLibrary library, TimeProvider clock, string trackKey, TrackKey key, int bankVersion, string actor)
    {
        var publication = await library.VerifyPublicationAsync(key.OccupationCode, bankVersion);
        var subject = Subject(key, bankVersion);
        if (!publication.Intact)
        {
            var problems = publication.ManifestSha256 is null ? "manifest.yaml missing" : string.Join("; ", publication.Problems.Take(3));
            await grains.AuditAsync(clock, subject, actor, "bank.verification-failed", $"track {trackKey}", problems);
            return Refused.Of(TrackRefusal.BankFilesChanged, key.OccupationCode, bankVersion, problems);
        }

        var details = Details(publication);
        var first = await grains.GetGrain<IAuditTrailGrain>(subject).AppendOnceAsync(
            new AuditRecord(clock.GetUtcNow(), actor, "bank.published", subject, $"first pinned by track {trackKey}", $"{key.OccupationCode} v{bankVersion} {details}"));
        if (!first.Details.EndsWith(details, StringComparison.Ordinal))
        {
            await grains.AuditAsync(clock, subject, actor, "bank.manifest-changed", $"track {trackKey}", details);
            return Refused.Of(TrackRefusal.ManifestChanged, key.OccupationCode, bankVersion, first.Details);
        }

        return null;
    }
}
