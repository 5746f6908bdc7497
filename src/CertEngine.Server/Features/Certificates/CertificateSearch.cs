using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Candidates;
using CertEngine.Storage.Records.Results;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Finds certificates for staff (证书查询): by part of the certificate number, the holder's name or ID number, by a sitting
/// the holder sat for the track, and by date of issue, from the record store; and, as before the record store held
/// certificates, by a whole certificate number or ID number through the grains (so a certificate an older release issued is
/// found too).
/// </summary>
public sealed class CertificateSearch(IGrainFactory grains, IResultRecords records)
{
    /// <summary>The most characters a query may have.</summary>
    public const int MaxQueryLength = 40;

    /// <summary>Certificates per page.</summary>
    public const int PageSize = 50;

    /// <summary>The certificates matching <paramref name="query"/> (a certificate number or an 18-character ID number, or part of either, or of a name), newest first.</summary>
    public Task<IReadOnlyList<CertificateSnapshot>> FindAsync(string query) => FindAsync(new CertificateQuery(query, "", null, null), 1, CancellationToken.None);

    /// <summary>Page <paramref name="page"/> (from 1) of the certificates matching every part of <paramref name="query"/> given, newest first.</summary>
    public async Task<IReadOnlyList<CertificateSnapshot>> FindAsync(CertificateQuery query, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Text.Trim().ToUpperInvariant();
        if (text.Length > MaxQueryLength || query.SessionId.Length > MaxQueryLength * 2 || query.IsEmpty)
        {
            return [];
        }

        var found = new List<CertificateSnapshot>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (page == 1 && query.SessionId.Length == 0 && query.IssuedFrom is null && query.IssuedTo is null && text.Length > 0)
        {
            foreach (var certificate in await ExactAsync(text))
            {
                if (seen.Add(certificate.Fields.Number))
                {
                    found.Add(certificate);
                }
            }
        }

        var listed = await records.FindCertificatesAsync(query with { Text = text }, (long)(Math.Max(1, page) - 1) * PageSize, PageSize, cancellationToken);
        foreach (var row in listed)
        {
            if (seen.Add(row.Number) && await grains.GetGrain<ICertificateGrain>(row.Number).GetAsync() is { } certificate)
            {
                found.Add(certificate);
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<CertificateSnapshot>> ExactAsync(string text)
    {
        if (IdentityNumber.TryParse(text, DateOnly.MaxValue).Number is { } id)
        {
            var candidate = await grains.GetGrain<ICandidateGrain>(id.Value).GetAsync();
            var found = new List<CertificateSnapshot>();
            foreach (var held in candidate?.Certificates.OrderByDescending(c => c.IssuedOn) ?? Enumerable.Empty<HeldCertificate>())
            {
                if (await grains.GetGrain<ICertificateGrain>(held.Number).GetAsync() is { } certificate)
                {
                    found.Add(certificate);
                }
            }

            return found;
        }

        return await grains.GetGrain<ICertificateGrain>(text).GetAsync() is { } one ? [one] : [];
    }
}
