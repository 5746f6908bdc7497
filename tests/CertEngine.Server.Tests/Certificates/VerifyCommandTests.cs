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

        var code = await CertEngineCommandLine.RunAsync(
            ["verify", url, "--jwks", jwks, "--id-number", fields.IdNumber, "--banks", Path.Combine(CertificateWorld.Repository, "question-banks")],
            output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n');
        Assert.StartsWith("真实 GENUINE", lines[0]);
        Assert.EndsWith("令牌第 3 版 (signature holds under key " + KidOf(url) + ", token version 3)", lines[0]);
        Assert.Contains($"证书编号 Number:     {number}", lines);
        Assert.Contains("职业 Occupation:     4-10-01-06 家政服务员", lines);
        Assert.Contains("等级 Level:          5 五级/初级工", lines);
        Assert.Contains($"发证日期 Issued:     {fields.IssuedOn:yyyy-MM-dd}", lines);
        Assert.Contains("评价机构 Issuer:     " + fields.Number[..13] + "（机构代码；名称离线无法解析，可在 http://pjjg.osta.org.cn 查询 / registration code: look the name up there）", lines);
        Assert.Contains("证件号码 ID number:  相符 (matches)", lines);
        Assert.DoesNotContain(fields.IdNumber, output.ToString());
    }

    [Fact]
    public async Task Verify_Version3WithoutTheBanks_PrintsTheCodesAndSaysTheNamesAreNotResolvable()
    {
        var jwks = await SavedJwksAsync();
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(
            ["verify", world.Issued[0].Url, "--jwks", jwks, "--banks", Path.Combine(_directory, "no-banks-here")], output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n');
        Assert.Contains("职业 Occupation:     4-10-01-06 （离线无法解析名称 / name not resolvable offline）", lines);
        Assert.Contains("等级 Level:          5 （离线无法解析名称 / name not resolvable offline）", lines);
    }

    [Fact]
    public async Task Verify_Version2TokenOfACertificateIssuedBefore_PrintsItsWords()
    {
        var jwks = await SavedJwksAsync();
        var server = world.Server("verification");
        var keys = server.Services.GetRequiredService<CertEngine.Grains.Certificates.ICertificateKeyRing>();
        var number = world.Issued[1].Number;
        var f = (await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;
        var view = new Domain.Certificates.PublicCertificateView(f.Number, Domain.Certificates.PublicCertificateView.MaskName(f.HolderName),
            Domain.Certificates.IdNumberDigest.Compute(f.IdNumber, "c2FsdHNhbHRzYWx0c2FsdA"), f.OccupationName, f.WorkType, f.LevelDisplay, f.IssuedOn, f.Issuer);
        var token = Domain.Certificates.CertificateSigner.Sign(view, keys.CurrentKey, keys.CurrentKeyId);
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(["verify", token, "--jwks", jwks, "--id-number", f.IdNumber], output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n');
        Assert.EndsWith("token version 2)", lines[0]);
        Assert.Contains($"职业 Occupation:     {f.OccupationName}", lines);
        Assert.Contains($"等级 Level:          {f.LevelDisplay}", lines);
        Assert.Contains($"评价机构 Issuer:     {f.Issuer}", lines);
        Assert.Contains("证件号码 ID number:  相符 (matches)", lines);
    }

    private static string KidOf(string url)
    {
        var header = System.Buffers.Text.Base64Url.DecodeFromChars(CertificateWorld.TokenOf(url).Split('.')[0]);
        using var json = System.Text.Json.JsonDocument.Parse(header);
        return json.RootElement.GetProperty("kid").GetString()!;
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
