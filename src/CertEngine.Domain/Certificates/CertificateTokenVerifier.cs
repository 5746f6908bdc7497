using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>Verifies a token made by <see cref="CertificateSigner"/> against the engine's public keys.</summary>
public static class CertificateTokenVerifier
{
    private const int SignatureBytes = 64;

    /// <summary>
    /// <see cref="TokenVerification.Malformed"/> for anything that is not three canonical base64url parts with a JSON
    /// header naming a kid; <see cref="TokenVerification.Forged"/> for another algorithm, an unknown kid or a signature
    /// that does not hold; otherwise <see cref="TokenVerification.Valid"/> with what was signed. The signature is checked
    /// before the payload is read, so a tampered payload is reported as forged whatever it holds. A version-3 payload (a
    /// JSON array) gives <see cref="CertificateClaims"/>; a version-2 payload (a JSON object, which must repeat the
    /// header's kid) gives a <see cref="PublicCertificateView"/>.
    /// </summary>
    /// <remarks>
    /// Only the low-S form of a signature counts (s ≤ n/2, see docs/certificates.md): the twin (r, n − s) of a genuine
    /// signature also holds mathematically, and would otherwise be a second text of one token. The engine signs low-S
    /// only; a high-S token is <see cref="TokenVerification.Forged"/> here. Certificates signed before that rule may
    /// carry high-S tokens: <see cref="VerifyIssued"/> accepts those, given the exact token stored at issue.
    /// </remarks>
    /// <param name="publicKeysByKid">The P-256 public keys by kid (the engine's JWKS); retired keys stay here as long as their tokens must verify.</param>
    public static TokenVerification Verify(string token, IReadOnlyDictionary<string, ECDsa> publicKeysByKid) =>
        Check(token, publicKeysByKid, acceptHighS: false);

    /// <summary>
    /// As <see cref="Verify"/>, except that a high-S signature is accepted when <paramref name="token"/> is, character
    /// for character, <paramref name="issuedToken"/>: the token the issuer stored when it issued the certificate, so that
    /// certificates signed before the low-S rule keep verifying while any other text (their low-S twin included, which a
    /// caller must refuse when it differs from the stored token) does not gain a second form through this door.
    /// </summary>
    /// <param name="issuedToken">The token stored at issue, or null when there is no stored certificate.</param>
    public static TokenVerification VerifyIssued(string token, string? issuedToken, IReadOnlyDictionary<string, ECDsa> publicKeysByKid) =>
        Check(token, publicKeysByKid, acceptHighS: issuedToken is not null && string.Equals(token, issuedToken, StringComparison.Ordinal));

    private static TokenVerification Check(string token, IReadOnlyDictionary<string, ECDsa> publicKeysByKid, bool acceptHighS)
    {
        ArgumentNullException.ThrowIfNull(publicKeysByKid);
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3)
        {
            return new TokenVerification.Malformed("a token has three parts separated by '.'");
        }

        if (Decode(parts[0]) is not { } headerBytes || ReadHeader(headerBytes) is not var (alg, kid))
        {
            return new TokenVerification.Malformed("the header is not base64url JSON with alg and kid");
        }

        if (Decode(parts[2]) is not { } signature)
        {
            return new TokenVerification.Malformed("the signature is not base64url");
        }

        if (alg != "ES256")
        {
            return new TokenVerification.Forged($"algorithm '{alg}' is not accepted");
        }

        if (!publicKeysByKid.TryGetValue(kid, out var key))
        {
            return new TokenVerification.Forged($"no key '{kid}'");
        }

        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (signature.Length != SignatureBytes
            || !key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            return new TokenVerification.Forged("the signature does not hold");
        }

        if (!acceptHighS && !Es256Signature.IsLowS(signature))
        {
            return new TokenVerification.Forged("the signature is not in low-S form");
        }

        if (Decode(parts[1]) is not { } payload)
        {
            return new TokenVerification.Malformed("the payload is not base64url");
        }

        if (payload[0] == (byte)'[')
        {
            var (claims, claimsProblem) = CertificateClaimsPayload.Read(payload);
            return claims is null ? new TokenVerification.Malformed(claimsProblem!) : new TokenVerification.Valid(claims, kid);
        }

        var (view, payloadKid, problem) = CertificatePayload.Read(payload);
        if (view is null)
        {
            return new TokenVerification.Malformed(problem!);
        }

        return payloadKid == kid ? new TokenVerification.Valid(view, kid) : new TokenVerification.Forged($"the payload names key '{payloadKid}', the header '{kid}'");
    }

    // Only the canonical encoding counts: padding or stray low bits would let two texts carry one signature.
    private static byte[]? Decode(string part)
    {
        if (part.Length == 0 || !Base64Url.IsValid(part))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(part);
        return Base64Url.EncodeToString(bytes) == part ? bytes : null;
    }

    private static (string Alg, string Kid)? ReadHeader(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
                && root.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                ? (alg.GetString()!, kid.GetString()!)
                : null;
        }
        // A string member that is not valid UTF-8 throws InvalidOperationException when read.
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
