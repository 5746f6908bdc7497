using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CertEngine.Server.Features.Verification;
using CertEngine.Server.Hosting.Keys;
using CertEngine.Server.Tests.Certificates;
using CertEngine.Storage;
using CertEngine.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CertEngine.Server.Tests.Keys;

/// <summary>
/// The keys kept in the embedded store: an old data folder's <c>keys/</c> files imported once at the upgrade, and Data
/// Protection keys that outlive a restart.
/// </summary>
[Collection(CertificateCollection.Name)]
public sealed class StoredKeysTests(CertificateWorld world)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Upgrade_DataFolderWithKeyFiles_ImportsThemOnceAndItsCertificatesStillVerify()
    {
        var data = world.CopyData("upgrade");
        var signing = Assert.Single(await new SigningKeyTable(new StorageSettings.Embedded(data)).ReadAsync());
        var file = await AsFolderBeforeTheKeyTableAsync(data, signing);

        var server = world.Server("upgrade", data);
        using var client = server.CreateClient();
        var jwks = await client.GetFromJsonAsync<JsonWebKeySetResponse>("/.well-known/jwks.json", Web);
        var verdicts = new List<string>();
        foreach (var (number, url) in world.Issued)
        {
            var reply = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web);
            verdicts.Add(reply!.Status);
        }

        var stored = Assert.Single(await new SigningKeyTable(new StorageSettings.Embedded(data)).ReadAsync());
        Assert.Equal([signing.KeyId], jwks!.Keys.Select(key => key.Kid));
        Assert.All(verdicts, verdict => Assert.Equal(VerificationStatus.Valid, verdict));
        Assert.Equal((signing.KeyId, SigningKeyOrigin.Imported), (stored.KeyId, stored.Origin));
        Assert.Equal(signing.KeyId, server.Services.GetRequiredService<StoredCertificateKeyRing>().CurrentKeyId);
        Assert.Equal(signing.PrivateKeyPem, await File.ReadAllTextAsync(file));
        await world.StopAsync("upgrade");
    }

    [Fact]
    public async Task DataProtection_ProtectedBeforeARestart_UnprotectsAfterIt()
    {
        var data = world.CopyData("protection");
        var first = world.Server("protection-1", data);
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("考生会话 candidate session");
        await world.StopAsync("protection-1");

        var second = world.Server("protection-2", data);
        var unprotected = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);

        Assert.Equal("考生会话 candidate session", unprotected);
        Assert.Single(new DataProtectionKeyTable(new StorageSettings.Embedded(data)).ReadAll());
        await world.StopAsync("protection-2");
    }

    [Fact]
    public async Task DataProtection_WithAKeyCertificate_StoresItsKeyEncrypted_AndUnprotectsAfterARestart()
    {
        var folder = Directory.CreateTempSubdirectory("certengine-keycert-").FullName;
        var data = Path.Combine(folder, "data");
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=CertEngine key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-pass-测试"));
        }

        var settings = new Dictionary<string, string> { ["CertEngine:KeyCertificate"] = pfx, ["CertEngine:KeyCertificatePassword"] = "pfx-pass-测试" };
        var first = world.Server("keycert-1", data, settings);
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("考生会话 candidate session");
        await world.StopAsync("keycert-1");
        var stored = Assert.Single(new DataProtectionKeyTable(new StorageSettings.Embedded(data)).ReadAll());

        var second = world.Server("keycert-2", data, settings);
        var unprotected = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
        await world.StopAsync("keycert-2");

        Assert.Equal("考生会话 candidate session", unprotected);
        Assert.Contains("<encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyCertificate_Missing_OrWithoutItsPassword_RefusesToStart_NamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("certengine-keycert-").FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=CertEngine key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "right"));
        }

        var missing = Assert.Throws<InvalidOperationException>(() => DataProtectionSetup.LoadKeyCertificate(new() { KeyCertificate = Path.Combine(folder, "none.pfx") }));
        var wrong = Assert.Throws<InvalidOperationException>(() => DataProtectionSetup.LoadKeyCertificate(new() { KeyCertificate = pfx, KeyCertificatePassword = "wrong" }));
        using var loaded = DataProtectionSetup.LoadKeyCertificate(new() { KeyCertificate = pfx, KeyCertificatePassword = "right" });

        Assert.Contains("none.pfx", missing.Message, StringComparison.Ordinal);
        Assert.Contains("CertEngine__KeyCertificatePassword", wrong.Message, StringComparison.Ordinal);
        Assert.True(loaded!.HasPrivateKey);
        Assert.Null(DataProtectionSetup.LoadKeyCertificate(new()));
    }

    [Fact]
    public void HostedServices_StartInOrder_SiloThenFirstDataProtectionKeyThenDataProtection()
    {
        var server = world.Server("order");

        var names = server.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ToList();

        var silo = names.IndexOf("SiloHostedService");
        var firstKey = names.IndexOf(nameof(DataProtectionFirstKey));
        var dataProtection = names.IndexOf("DataProtectionHostedService");
        Assert.True(silo >= 0 && silo < firstKey && firstKey < dataProtection, string.Join(", ", names));
    }

    // The state of a data folder written before migration 0002: the signing key as a PEM file, no key tables.
    private static async Task<string> AsFolderBeforeTheKeyTableAsync(string data, StoredSigningKey signing)
    {
        var file = Path.Combine(data, "keys", "certificate-signing-20250301080000.pem");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, signing.PrivateKeyPem);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, StorageSettings.Embedded.FileName)}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                DROP TABLE certenginesigningkeys;
                DROP TABLE certenginedataprotectionkeys;
                DELETE FROM {StorageMigrator.VersionTable} WHERE version = 2;
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        return file;
    }
}
