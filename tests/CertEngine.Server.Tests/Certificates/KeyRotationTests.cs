using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Cli;
using CertEngine.Server.Features.Verification;
using CertEngine.Storage;
using CertEngine.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class KeyRotationTests(CertificateWorld world)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task KeysRotate_OldCertificateStillVerifies_BothKeysPublished_NewOnesSignedWithTheNewKey()
    {
        var data = world.CopyData("rotation");
        var oldKid = KidOf(CertificateWorld.TokenOf(world.Issued[3].Url));
        var output = new StringWriter();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(1));

        var code = await CertEngineCommandLine.RunAsync(["keys", "rotate", "--data", data], output, new StringWriter(), clock);
        var server = world.Server("rotation", data);
        using var client = server.CreateClient();
        var jwks = await client.GetFromJsonAsync<JsonWebKeySetResponse>("/.well-known/jwks.json", Web);
        var (number, url) = world.Issued[3];
        var old = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web);
        var reissued = await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ICertificationTrackGrain>("4-10-01-06/家务服务员/5")
            .ReissueCertificateAsync(number, "考务管理员", "换发");
        var fresh = await client.GetFromJsonAsync<VerificationResponse>(
            $"/api/certificates/{reissued.Number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(reissued.VerifyUrl!))}", Web);

        Assert.Equal(0, code);
        var newKid = output.ToString().Split(' ', '\n')[4];
        Assert.Equal(new[] { oldKid, newKid }.Order(StringComparer.Ordinal), jwks!.Keys.Select(k => k.Kid).Order(StringComparer.Ordinal));
        Assert.Equal(VerificationStatus.Valid, old!.Status);
        Assert.Equal(newKid, KidOf(CertificateWorld.TokenOf(reissued.VerifyUrl!)));
        Assert.Equal(VerificationStatus.Valid, fresh!.Status);
    }

    [Fact]
    public async Task KeysRotate_TwiceInOneSecond_StoresBothAndTheSecondSigns()
    {
        var data = Directory.CreateTempSubdirectory("certengine-keys-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var (firstOutput, secondOutput) = (new StringWriter(), new StringWriter());

        var first = await CertEngineCommandLine.RunAsync(["keys", "rotate", "--data", data], firstOutput, new StringWriter(), clock);
        var second = await CertEngineCommandLine.RunAsync(["keys", "rotate", "--data", data], secondOutput, new StringWriter(), clock);

        var keys = await new SigningKeyTable(new StorageSettings.Embedded(data)).ReadAsync();
        Assert.Equal((0, 0), (first, second));
        Assert.Equal([firstOutput.ToString().Split(' ', '\n')[4], secondOutput.ToString().Split(' ', '\n')[4]], keys.Select(k => k.KeyId));
        Assert.Equal(keys[1], StoredSigningKey.SigningKeyOf(keys));
        Assert.False(Directory.Exists(Path.Combine(data, "keys")));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static string KidOf(string token)
    {
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0]));
        return header.RootElement.GetProperty("kid").GetString()!;
    }
}
