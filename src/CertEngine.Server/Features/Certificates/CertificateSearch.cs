using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Candidates;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Finds certificates for staff by certificate number or by the holder's ID number. No index is needed for the ID
/// number: the candidate grain keeps the certificates it holds.
/// </summary>
public sealed class CertificateSearch(IGrainFactory grains)
{
    /// <summary>The most characters a query may have.</summary>
    public const int MaxQueryLength = 40;

    /// <summary>The certificates matching <paramref name="query"/> (a certificate number or an 18-character ID number), newest first.</summary>
    public async Task<IReadOnlyList<CertificateSnapshot>> FindAsync(string query)
    {
        var text = query.Trim().ToUpperInvariant();
        if (text.Length is 0 or > MaxQueryLength)
        {
            return [];
        }

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
