using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// Signs a certificate's public view as a JWS compact token (RFC 7515) with ES256 (ECDSA P-256, SHA-256), for the QR code
/// and the verification page (RULES.md §10).
/// </summary>
/// <remarks>
/// Token: base64url(header) "." base64url(payload) "." base64url(signature), no padding. The header is
/// <c>{"alg":"ES256","kid":…}</c>; the payload is the canonical JSON of the view (members v, num, name, idh, salt, occ,
/// wt, lvl, iat, iss, kid in that order, v = 2, iat the issue date as yyyy-MM-dd, idh and salt the
/// <see cref="IdNumberDigest"/>, kid repeated from the header so the signed claims name their key). The signature is the raw 64-byte r‖s
/// (IEEE P1363), as JWS requires, not DER. ECDSA draws a fresh nonce per signature, so two tokens of one view differ
/// in their signature and both verify.
/// </remarks>
public static class CertificateSigner
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Signs <paramref name="view"/> with the private P-256 <paramref name="key"/> named <paramref name="kid"/>.</summary>
    /// <exception cref="ArgumentException">The key is not P-256, or the kid is blank.</exception>
    /// <exception cref="CryptographicException">The key has no private part.</exception>
    public static string Sign(PublicCertificateView view, ECDsa key, string kid)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        Jwk.RequireP256(key);
        var signingInput = Base64Url.EncodeToString(Header(kid)) + "." + Base64Url.EncodeToString(CertificatePayload.Write(view, kid));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static byte[] Header(string kid)
    {
        using var stream = new MemoryStream();
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
