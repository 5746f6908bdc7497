using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CertEngine.Contracts.Certificates;
using CertEngine.Server.Features.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class CredentialTests(CertificateWorld world)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Credential_IsAnOpenBadgeVcJwtThatVerifiesAgainstTheJwks()
    {
        var server = world.Server("verification");
        using var client = server.CreateClient();
        var (number, url) = world.Issued[0];
        var fields = (await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;

        var response = await client.GetFromJsonAsync<CredentialResponse>($"/api/certificates/{number}/credential?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web);
        var jwks = await client.GetFromJsonAsync<JsonWebKeySetResponse>("/.well-known/jwks.json", Web);

        var parts = response!.Jwt.Split('.');
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.RootElement.GetProperty("typ").GetString());
        using var key = jwks!.Keys.Single(k => k.Kid == header.RootElement.GetProperty("kid").GetString()).ToPublicKey();
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var vc = claims.RootElement.GetProperty("vc");
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(claims.RootElement.GetProperty("iss").GetString(), vc.GetProperty("issuer").GetProperty("id").GetString());
        var identity = vc.GetProperty("credentialSubject").GetProperty("identifier")[0];
        var salt = identity.GetProperty("salt").GetString();
        Assert.Equal("sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fields.IdNumber + salt))), identity.GetProperty("identityHash").GetString());
        Assert.DoesNotContain(fields.IdNumber, response.Jwt + response.Credential.ToJsonString());
        Assert.Equal("家政服务员 五级/初级工", vc.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Credential_WithAnotherCertificatesToken_Is404()
    {
        using var client = world.Server("verification").CreateClient();

        var response = await client.GetAsync($"/api/certificates/{world.Issued[1].Number}/credential?t={Uri.EscapeDataString(CertificateWorld.TokenOf(world.Issued[0].Url))}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
