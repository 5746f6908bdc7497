using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// ES256 JWS compact serialisation (RFC 7515 §7.1) of a header and payload the caller has written, for tokens other than
/// the certificate's own (<see cref="CertificateSigner"/>), such as the exported Verifiable Credential (VC-JWT).
/// </summary>
public static class CompactJws
{
    /// <summary>base64url(header) "." base64url(payload) "." base64url(r‖s), s in low-S form, signed with the private P-256 <paramref name="key"/>.</summary>
    /// <param name="headerJson">The protected header's UTF-8 JSON; it must name <c>"alg":"ES256"</c>.</param>
    /// <param name="payloadJson">The payload's UTF-8 JSON.</param>
    /// <exception cref="ArgumentException">The key is not on P-256.</exception>
    public static string SignEs256(ReadOnlySpan<byte> headerJson, ReadOnlySpan<byte> payloadJson, ECDsa key)
    {
        Jwk.RequireP256(key);
        var signingInput = Base64Url.EncodeToString(headerJson) + "." + Base64Url.EncodeToString(payloadJson);
        // ECDSA gives s or n − s at random; only the low-S form is issued and accepted (Es256Signature).
        var signature = Es256Signature.ToLowS(
            key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }
}
