using System.Buffers.Text;
using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Cli;
using CertEngine.Server.Features.Verification;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>
/// ECDSA malleability: (r, s) and (r, n − s) both hold, so the engine issues and accepts only the low-S form, online and
/// offline; a high-S token issued before that rule verifies online as the exact token stored at issue, and its low-S twin
/// does not.
/// </summary>
[Collection(CertificateCollection.Name)]
public sealed class LowSTests(CertificateWorld world) : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    // The order n of P-256's base point (FIPS 186-4 D.1.2.3), written out so the test does not trust the code under test.
    private static readonly BigInteger P256Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-low-s-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private CertificateWorld.CertificateServer Server => world.Server("low-s");

    [Property(MaxTest = 15)]
    public async Task<bool> MalleatedTwinOfAnyGenuineToken_IsForgedOnlineAndOffline(NonNegativeInt which, ulong salt)
    {
        using var client = Server.CreateClient();
        var jwks = await SavedJwksAsync(client);
        var (number, url) = world.Issued[which.Get % world.Issued.Count];
        var stored = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!;
        var saltText = Base64Url.EncodeToString(BitConverter.GetBytes(salt));
        var token = CertificateSigner.Sign(ClaimsOf(stored.Token) with { IdDigest = IdNumberDigest.ComputeCompact(stored.Fields.IdNumber, saltText) }, Keys.CurrentKey, Keys.CurrentKeyId);

        var online = await StatusAsync(client, number, token);
        var twinOnline = await StatusAsync(client, number, Malleated(token));
        var storedTwinOnline = await StatusAsync(client, number, Malleated(CertificateWorld.TokenOf(url)));
        var offline = await OfflineAsync(token, jwks);
        var twinOffline = await OfflineAsync(Malleated(token), jwks);

        Assert.Equal(
            (VerificationStatus.Valid, VerificationStatus.Forged, VerificationStatus.Forged, 0, 1),
            (online, twinOnline, storedTwinOnline, offline.Code, twinOffline.Code));
        Assert.StartsWith("伪造或被篡改 FORGED: the signature is not in low-S form", twinOffline.Output);
        return true;
    }

    [Fact]
    public async Task HighSTokenStoredAtIssueBeforeTheRule_VerifiesOnlineExactly_ItsLowSTwinIsForged_OfflineItIsRefused()
    {
        using var client = Server.CreateClient();
        var jwks = await SavedJwksAsync(client);
        var (number, legacy) = await IssueLegacyHighSAsync();

        var exact = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(legacy)}", Web);
        var twin = await StatusAsync(client, number, Malleated(legacy));
        var credential = await client.GetAsync($"/api/certificates/{number}/credential?t={Uri.EscapeDataString(Malleated(legacy))}");
        var offline = await OfflineAsync(legacy, jwks);

        Assert.Equal((VerificationStatus.Valid, number), (exact!.Status, exact.Number));
        Assert.Equal(VerificationStatus.Forged, twin);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, credential.StatusCode);
        Assert.Equal(1, offline.Code);
        Assert.StartsWith("伪造或被篡改 FORGED: the signature is not in low-S form", offline.Output);
    }

    /// <summary>A certificate as the signer before the low-S rule could have issued it: its stored token's s is above n/2.</summary>
    private async Task<(string Number, string Token)> IssueLegacyHighSAsync()
    {
        var (template, url) = world.Issued[0];
        var fields = (await Grains.GetGrain<ICertificateGrain>(template).GetAsync())!.Fields;
        var number = template[..^6] + "9" + RandomNumberGenerator.GetInt32(100_000).ToString("D5", CultureInfo.InvariantCulture);
        var lowS = CertificateSigner.Sign(ClaimsOf(CertificateWorld.TokenOf(url)) with { Number = number }, Keys.CurrentKey, Keys.CurrentKeyId);
        var highS = Malleated(lowS);
        Assert.True((await Grains.GetGrain<ICertificateGrain>(number).IssueAsync(fields with { Number = number }, highS, "test")).Accepted);
        return (number, highS);
    }

    private static async Task<string> StatusAsync(HttpClient client, string number, string token) =>
        (await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}", Web))!.Status;

    private static async Task<(int Code, string Output)> OfflineAsync(string token, string jwks)
    {
        var output = new StringWriter();
        var code = await CertEngineCommandLine.RunAsync(["verify", token, "--jwks", jwks], output, new StringWriter(), TimeProvider.System);
        return (code, output.ToString());
    }

    private async Task<string> SavedJwksAsync(HttpClient client)
    {
        var path = Path.Combine(_directory, "jwks.json");
        await File.WriteAllTextAsync(path, await client.GetStringAsync("/.well-known/jwks.json"));
        return path;
    }

    /// <summary>The same token with s replaced by n − s: a second valid ECDSA signature over the same bytes.</summary>
    private static string Malleated(string token)
    {
        var parts = token.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        var twin = P256Order - new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var bytes = twin.ToByteArray(isUnsigned: true, isBigEndian: true);
        Array.Clear(signature, 32, 32);
        bytes.CopyTo(signature, 64 - bytes.Length);
        parts[2] = Base64Url.EncodeToString(signature);
        return string.Join('.', parts);
    }

    private CertificateClaims ClaimsOf(string token) =>
        (CertificateClaims)((TokenVerification.Valid)CertificateTokenVerifier.Verify(token, Keys.PublicKeys)).Signed;

    private IGrainFactory Grains => Server.Services.GetRequiredService<IGrainFactory>();

    private ICertificateKeyRing Keys => Server.Services.GetRequiredService<ICertificateKeyRing>();
}
