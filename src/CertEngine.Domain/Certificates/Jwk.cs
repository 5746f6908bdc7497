using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// A certificate-signing public key as a JSON Web Key (RFC 7517/7518): EC, P-256, for ES256 signatures; the entries of
/// the engine's JWKS. Serialises with System.Text.Json under the JWK member names.
/// </summary>
/// <param name="X">The public point's x coordinate: 32 bytes, base64url without padding.</param>
/// <param name="Y">The public point's y coordinate: 32 bytes, base64url without padding.</param>
/// <param name="Kid">The key id that tokens name in their header.</param>
public sealed record Jwk(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg)
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>The public half of a P-256 key; the private part is never read.</summary>
    /// <exception cref="ArgumentException">The key is not on P-256, or the kid is blank.</exception>
    public static Jwk FromPublicKey(ECDsa key, string kid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        var parameters = RequireP256(key);
        return new Jwk("EC", "P-256", Base64Url.EncodeToString(parameters.Q.X), Base64Url.EncodeToString(parameters.Q.Y), kid, "sig", "ES256");
    }

    /// <summary>An ECDsa holding this public key, for <see cref="CertificateTokenVerifier.Verify"/>.</summary>
    /// <exception cref="ArgumentException">Not an EC P-256 signing key, or the coordinates are not 32 bytes each.</exception>
    /// <exception cref="CryptographicException">The point is not on the curve.</exception>
    public ECDsa ToPublicKey()
    {
        if (Kty != "EC" || Crv != "P-256" || Alg != "ES256")
        {
            throw new ArgumentException($"key {Kid} is {Kty}/{Crv}/{Alg}, not EC/P-256/ES256");
        }

        var x = Base64Url.DecodeFromChars(X);
        var y = Base64Url.DecodeFromChars(Y);
        if (x.Length != 32 || y.Length != 32)
        {
            throw new ArgumentException($"key {Kid}: P-256 coordinates are 32 bytes each");
        }

        return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
    }

    /// <summary>The key's public parameters, after checking that it lies on P-256.</summary>
    /// <exception cref="ArgumentException">Another curve.</exception>
    internal static ECParameters RequireP256(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var curve = parameters.Curve;
        var isP256 = curve.IsNamed && (curve.Oid.Value == P256Oid || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "secp256r1");
        return isP256 ? parameters : throw new ArgumentException("ES256 needs a P-256 key", nameof(key));
    }
}
