using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// Signs what a certificate certifies as a JWS compact token (RFC 7515) with ES256 (ECDSA P-256, SHA-256), for the QR
/// code and the verification page (RULES.md §10).
/// </summary>
/// <remarks>
/// Token: base64url(header) "." base64url(payload) "." base64url(signature), no padding. The header is
/// <c>{"alg":"ES256","kid":…}</c>. The signature is the raw 64-byte r‖s (IEEE P1363), as JWS requires, not DER. ECDSA
/// draws a fresh nonce per signature, so two tokens of one certificate differ in their signature and both verify. The
/// signature is always in low-S form (s ≤ n/2), the only form <see cref="CertificateTokenVerifier.Verify"/> accepts.
/// The payload is version 3 for <see cref="CertificateClaims"/> (a JSON array of codes, see docs/certificates.md), what
/// the engine issues; or version 2 for a <see cref="PublicCertificateView"/> (a JSON object of words, members v, num,
/// name, idh, salt, occ, wt, lvl, iat, iss, kid in that order), the form of certificates issued before version 3, kept
/// so that their tokens can be reproduced and checked.
/// </remarks>
public static class CertificateSigner
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Signs version-3 <paramref name="claims"/> with the private P-256 <paramref name="key"/> named <paramref name="kid"/>.</summary>
    /// <exception cref="ArgumentException">The key is not P-256, or the kid is blank.</exception>
    /// <exception cref="CryptographicException">The key has no private part.</exception>
    public static string Sign(CertificateClaims claims, ECDsa key, string kid)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        return Sign(CertificateClaimsPayload.Write(claims), key, kid);
    }

    /// <summary>Signs a version-2 <paramref name="view"/> with the private P-256 <paramref name="key"/> named <paramref name="kid"/>.</summary>
    /// <exception cref="ArgumentException">The key is not P-256, or the kid is blank.</exception>
    /// <exception cref="CryptographicException">The key has no private part.</exception>
    public static string Sign(PublicCertificateView view, ECDsa key, string kid)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        return Sign(CertificatePayload.Write(view, kid), key, kid);
    }

    private static string Sign(byte[] payload, ECDsa key, string kid)
    {
        Jwk.RequireP256(key);
        var signingInput = Base64Url.EncodeToString(Header(kid)) + "." + Base64Url.EncodeToString(payload);
        // ECDSA gives s or n − s at random; only the low-S form is issued and accepted (Es256Signature).
        var signature = Es256Signature.ToLowS(
            key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static byte[] Header(string kid)
    {
        using var stream = new MemoryStream(64);
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", "ES256");
            writer.WriteString("kid", kid);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
