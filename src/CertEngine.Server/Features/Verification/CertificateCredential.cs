using System.Text.Json;
using System.Text.Json.Nodes;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// A certificate as an Open Badges 3.0 <c>OpenBadgeCredential</c> (W3C Verifiable Credentials data model 2.0 context),
/// signed as a VC-JWT the way Open Badges 3.0 §8.2 (JSON Web Token proof format) says: a JWS compact token, ES256, header
/// <c>{"alg":"ES256","kid":…,"typ":"JWT"}</c>, claims <c>iss</c> (the issuer's id), <c>jti</c> (the credential's id),
/// <c>nbf</c> (the issue date), <c>iat</c> and <c>vc</c> (the credential). The key is the current certificate-signing
/// key, so the server's JWKS verifies it.
/// </summary>
/// <remarks>
/// The holder is named only by salted hashes (Open Badges <c>IdentityObject</c>, <c>hashed: true</c>) of the ID number
/// and the full name, under the salt of the certificate's own token: a wallet or the credit platform can confirm a
/// person it already knows, and nothing personal can be read from the credential. The hashes are whole SHA-256 digests
/// computed from the stored record (a version-3 token keeps only 96 bits of its ID digest).
/// </remarks>
public sealed class CertificateCredential(CertificateAuthority authority, ICertificateKeyRing keys, TimeProvider clock)
{
    /// <summary>The credential JSON and its VC-JWT.</summary>
    /// <param name="certificate">The stored certificate.</param>
    /// <param name="salt">The salt of the certificate's genuine token.</param>
    public (JsonObject Credential, string Jwt) Issue(CertificateSnapshot certificate, string salt)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(salt);
        var f = certificate.Fields;
        var idDigest = IdNumberDigest.Compute(f.IdNumber, salt);
        var baseUrl = authority.PublicBaseUrl;
        var id = $"{baseUrl}/api/certificates/{Uri.EscapeDataString(f.Number)}/credential";
        var validFrom = new DateTimeOffset(f.IssuedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var name = IdNumberDigest.Compute(f.HolderName, salt);
        var achievementName = f.LevelDisplay is null ? $"{f.OccupationName} 专项职业能力" : $"{f.OccupationName} {f.LevelDisplay}";
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = f.Kind,
            ["issuer"] = new JsonObject { ["id"] = baseUrl, ["type"] = new JsonArray("Profile"), ["name"] = f.Issuer },
            ["validFrom"] = validFrom.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(
                    Identity("nationalIdentityNumber", idDigest),
                    Identity("name", name)),
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{baseUrl}/achievements/{Uri.EscapeDataString(f.TrackKey)}",
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Certificate",
                    ["name"] = achievementName,
                    ["description"] = $"{f.Kind}：{achievementName}，工种 {f.WorkType}，证书编号 {f.Number}",
                    ["criteria"] = new JsonObject { ["narrative"] = "按国家职业技能标准考核合格（理论知识与操作技能均达合格线）。" },
                    ["fieldOfStudy"] = f.OccupationName,
                    ["humanCode"] = f.OccupationCode,
                },
            },
        };
        var claims = new JsonObject
        {
            ["iss"] = baseUrl,
            ["jti"] = id,
            ["nbf"] = validFrom.ToUnixTimeSeconds(),
            ["iat"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["vc"] = credential.DeepClone(),
        };
        var (keyId, key) = keys.Current;
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = keyId, ["typ"] = "JWT" };
        var jwt = CompactJws.SignEs256(JsonSerializer.SerializeToUtf8Bytes(header), JsonSerializer.SerializeToUtf8Bytes(claims), key);
        return (credential, jwt);
    }

    private static JsonObject Identity(string type, IdNumberDigest digest) => new()
    {
        ["type"] = "IdentityObject",
        ["identityType"] = type,
        ["hashed"] = true,
        ["identityHash"] = digest.ToOpenBadgesIdentityHash(),
        ["salt"] = digest.Salt,
    };
}
