using CertEngine.Contracts.Certificates;
using CertEngine.Server.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class VerifyCommandTests(CertificateWorld world) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-verify-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> SavedJwksAsync()
    {
        using var client = world.Server("verification").CreateClient();
        var path = Path.Combine(_directory, "jwks.json");
        await File.WriteAllTextAsync(path, await client.GetStringAsync("/.well-known/jwks.json"));
        return path;
    }

    [Fact]
    public async Task Verify_GenuineUrl_ExitsZeroAndPrintsWhatItCertifiesChineseFirst()
    {
        var jwks = await SavedJwksAsync();
        var (number, url) = world.Issued[0];
        var fields = (await world.Server("verification").Services.GetRequiredService<IGrainFactory>().GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(["verify", url, "--jwks", jwks, "--id-number", fields.IdNumber], output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n');
        Assert.StartsWith("真实 GENUINE", lines[0]);
        Assert.Contains($"证书编号 Number:     {number}", lines);
        Assert.Contains("等级 Level:          五级/初级工", lines);
        Assert.Contains("证件号码 ID number:  相符 (matches)", lines);
        Assert.DoesNotContain(fields.IdNumber, output.ToString());
    }

    [Fact]
    public async Task Verify_AlteredUrl_ExitsOne()
    {
        var jwks = await SavedJwksAsync();
        var url = world.Issued[0].Url;
        var altered = url[..^5] + (url[^5] == 'Q' ? 'R' : 'Q') + url[^4..];
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(["verify", altered, "--jwks", jwks], output, new StringWriter(), TimeProvider.System);

        Assert.Equal(1, code);
        Assert.StartsWith("伪造或被篡改 FORGED", output.ToString());
    }

    [Fact]
    public async Task Verify_GenuineTokenUnderAnotherNumberInTheUrl_ExitsOne()
    {
        var jwks = await SavedJwksAsync();
        var url = world.Issued[0].Url.Replace(world.Issued[0].Number, world.Issued[1].Number, StringComparison.Ordinal);

        var code = await CertEngineCommandLine.RunAsync(["verify", url, "--jwks", jwks], new StringWriter(), new StringWriter(), TimeProvider.System);

        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Verify_TokenAloneAgainstAJwksWithoutItsKey_ExitsOne()
    {
        var path = Path.Combine(_directory, "other.json");
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(new { keys = new[] { Domain.Certificates.Jwk.FromPublicKey(other, "ce-other") } }));

        var code = await CertEngineCommandLine.RunAsync(["verify", CertificateWorld.TokenOf(world.Issued[0].Url), "--jwks", path], new StringWriter(), new StringWriter(), TimeProvider.System);

        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("verify", "x.y.z")]
    [InlineData("verify", "x.y.z", "--jwks", "/nonexistent/jwks.json")]
    public async Task Verify_BadUsage_ExitsTwo(params string[] args)
    {
        var code = await CertEngineCommandLine.RunAsync(args, new StringWriter(), new StringWriter(), TimeProvider.System);

        Assert.Equal(2, code);
    }
}
