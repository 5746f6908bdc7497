using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// Answers a public verification (RULES.md §10): checks the QR token's signature against every published key, that it
/// was signed for this number and agrees with the stored certificate, then reports the live status. The words shown
/// (职业, 等级, 评价机构) come from the stored record; a version-3 token carries codes, and each must be the record's
/// (the issuer code the configured registration's), or the token is forged. Version-2 tokens, of certificates issued
/// before, carry the words and must equal the record's words. A manual lookup
/// needs the number and the holder's full ID number and answers <c>not_found</c> alike for an unknown number and a
/// wrong ID number, so the form never tells whether a number exists. Every answer is counted.
/// </summary>
public sealed class CertificateVerifier(
    IGrainFactory grains, CertificateView view, ICertificateKeyRing keys, CertificateAuthority authority, VerificationMetrics metrics,
    VerificationCounts counts, ILogger<CertificateVerifier> logger)
{
    private const int MaxCachedTokens = 50_000;

    // Tokens whose signature has held, with what they certify. A signature check is deterministic, so a token seen
    // before need not be checked again; the status and the record are still read on every lookup.
    private readonly ConcurrentDictionary<string, TokenVerification.Valid> _genuine = new(StringComparer.Ordinal);

    /// <summary>True for text that can be a certificate number of either kind: 6–40 upper-case letters and digits.</summary>
    public static bool IsPlausibleNumber(string? number) =>
        number is { Length: >= 6 and <= 40 } && number.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>Verifies a QR token presented for <paramref name="number"/>.</summary>
    public async Task<VerificationResponse> VerifyAsync(string number, string token)
    {
        ArgumentNullException.ThrowIfNull(number);
        var response = await CheckAsync(number, token ?? "");
        Count(response, "qr");
        return response;
    }

    /// <summary>True for text that can be a full resident ID number: 17 digits and a digit or X (x accepted).</summary>
    public static bool IsPlausibleIdNumber(string? idNumber) =>
        idNumber is { Length: 18 } && !idNumber.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9')
        && (char.IsAsciiDigit(idNumber[17]) || idNumber[17] is 'X' or 'x');

    /// <summary>
    /// Looks a certificate up by number and the holder's full ID number, both as printed on the certificate. A wrong ID
    /// number gets exactly the answer an unknown number gets, so the form tells nothing about a number without the ID
    /// number that goes with it.
    /// </summary>
    public async Task<VerificationResponse> LookupAsync(string number, string idNumber)
    {
        ArgumentNullException.ThrowIfNull(number);
        var snapshot = IsPlausibleNumber(number) ? await StoredAsync(number) : null;
        var response = snapshot is not null && SameIdNumber(snapshot.Fields.IdNumber, idNumber)
            ? Describe(snapshot)
            : new VerificationResponse(VerificationStatus.NotFound, number);
        Count(response, "lookup");
        return response;
    }

    // Compared as SHA-256 digests in fixed time, so how long the comparison takes says nothing about how many leading
    // characters were right; a final x counts as X.
    private static bool SameIdNumber(string stored, string? presented) => CryptographicOperations.FixedTimeEquals(
        SHA256.HashData(Encoding.UTF8.GetBytes(stored.Trim().ToUpperInvariant())),
        SHA256.HashData(Encoding.UTF8.GetBytes((presented ?? "").Trim().ToUpperInvariant())));

    /// <summary>The stored certificate and what its token certifies, when <paramref name="token"/> is its genuine token.</summary>
    public async Task<(CertificateSnapshot Certificate, SignedCertificate Signed)?> GenuineAsync(string number, string token) =>
        await AcceptAsync(number, token ?? "") is { Certificate: { } certificate, Signed: { } signed } ? (certificate, signed) : null;

    private async Task<VerificationResponse> CheckAsync(string number, string token)
    {
        var acceptance = await AcceptAsync(number, token);
        return acceptance.Certificate is { } certificate ? Describe(certificate) : new VerificationResponse(acceptance.Status, number);
    }

    /// <summary>
    /// The token is this certificate's when its signature holds in low-S form, it was signed for this number and agrees
    /// with the stored record; or when it is, character for character, the token stored at issue (a certificate signed
    /// before the low-S rule may carry a high-S signature and must still verify). A token that signs the stored token's
    /// content with other signature bytes is forged: that is the twin (r, n − s) of a stored high-S signature, which is
    /// itself low-S and would otherwise pass.
    /// </summary>
    private async Task<Acceptance> AcceptAsync(string number, string token)
    {
        CertificateSnapshot? snapshot = null;
        if (Verified(token) is not { } valid)
        {
            snapshot = await StoredAsync(number);
            if (snapshot is null || CertificateTokenVerifier.VerifyIssued(token, snapshot.Token, keys.PublicKeys) is not TokenVerification.Valid issued)
            {
                return new Acceptance(VerificationStatus.Forged);
            }

            valid = issued;
        }

        if (valid.Signed.Number != number)
        {
            logger.ForgedToken(number, "the token was signed for another number");
            return new Acceptance(VerificationStatus.Forged);
        }

        if ((snapshot ?? await StoredAsync(number)) is not { } stored)
        {
            return new Acceptance(VerificationStatus.NotFound);
        }

        if (!string.Equals(token, stored.Token, StringComparison.Ordinal) && SigningInput(token).SequenceEqual(SigningInput(stored.Token)))
        {
            logger.ForgedToken(number, "the token re-signs the issued token's content with other signature bytes");
            return new Acceptance(VerificationStatus.Forged);
        }

        if (!Agrees(valid.Signed, stored.Fields))
        {
            logger.ForgedToken(number, "the token does not match the stored certificate");
            return new Acceptance(VerificationStatus.Forged);
        }

        return new Acceptance(stored.Status, stored, valid.Signed);
    }

    // The certificate as its grain answers now: read from the silo's view while the grain is active here (most lookups of
    // a certificate being scanned), else by a call, which activates it here or asks the silo where it is active.
    private ValueTask<CertificateSnapshot?> StoredAsync(string number) => view.TryRead(number, out var snapshot)
        ? ValueTask.FromResult<CertificateSnapshot?>(snapshot)
        : new ValueTask<CertificateSnapshot?>(grains.GetGrain<ICertificateGrain>(number).GetAsync());

    private static ReadOnlySpan<char> SigningInput(string token) => token.AsSpan(0, Math.Max(0, token.LastIndexOf('.')));

    private TokenVerification.Valid? Verified(string token)
    {
        if (_genuine.TryGetValue(token, out var known))
        {
            return known;
        }

        if (CertificateTokenVerifier.Verify(token, keys.PublicKeys) is not TokenVerification.Valid valid)
        {
            return null;
        }

        if (_genuine.Count >= MaxCachedTokens)
        {
            _genuine.Clear();
        }

        _genuine.TryAdd(token, valid);
        return valid;
    }

    // What the issuer signed must be what the store holds: a genuine token of one certificate replayed on a record
    // that differs in any field (or was re-keyed) is not this certificate's.
    private bool Agrees(SignedCertificate signed, CertificateFields stored) => signed switch
    {
        CertificateClaims claims => claims.Number == stored.Number
            && claims.MaskedName == PublicCertificateView.MaskName(stored.HolderName)
            && claims.IdDigest.Matches(stored.IdNumber)
            && claims.OccupationCode == stored.OccupationCode
            && claims.WorkType == stored.WorkType
            && claims.LevelDigit == stored.LevelDigit
            && claims.IssueDate == stored.IssuedOn
            && claims.IssuerCode == authority.IssuerCode,
        PublicCertificateView view => view == new PublicCertificateView(
            stored.Number,
            PublicCertificateView.MaskName(stored.HolderName),
            IdNumberDigest.Compute(stored.IdNumber, view.IdDigest.Salt),
            stored.OccupationName,
            stored.WorkType,
            stored.LevelDisplay,
            stored.IssuedOn,
            stored.Issuer),
        _ => false,
    };

    private static VerificationResponse Describe(CertificateSnapshot snapshot)
    {
        var f = snapshot.Fields;
        var status = snapshot.Status switch
        {
            "valid" => VerificationStatus.Valid,
            "suspended" => VerificationStatus.Suspended,
            _ => VerificationStatus.Revoked,
        };
        var change = status == VerificationStatus.Valid ? null : snapshot.History.LastOrDefault(e => e.Status == snapshot.Status);
        return new VerificationResponse(
            status,
            f.Number,
            f.Kind,
            PublicCertificateView.MaskName(f.HolderName),
            IdentityNumber.Mask(f.IdNumber),
            f.OccupationName,
            f.WorkType,
            f.LevelDisplay,
            f.IssuedOn,
            f.Issuer,
            change?.At,
            change?.Reason,
            snapshot.ReplacedBy);
    }

    private void Count(VerificationResponse response, string channel)
    {
        metrics.Count(response.Status, channel);
        logger.Verified(response.Number, response.Status, channel);

        // In memory: the counts reach the durable tally in batches, so a lookup never waits on a write.
        counts.Record(response.Status);
    }

    private sealed record Acceptance(string Status, CertificateSnapshot? Certificate = null, SignedCertificate? Signed = null);
}
