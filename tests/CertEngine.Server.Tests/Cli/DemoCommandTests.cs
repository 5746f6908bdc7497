using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertEngine.Domain.Certificates;
using CertEngine.Server.Cli;
using CertEngine.Storage;
using CertEngine.Storage.Keys;

namespace CertEngine.Server.Tests.Cli;

public sealed partial class DemoCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-demo-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Demo_OnAnEmptyDataFolder_PrintsOneWellFormedUniqueLinePerCertificate_AndASecondRunNeverReissues()
    {
        var root = BankCommandsTests.RepositoryRoot();
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(_directory, "out");

        var code = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", Path.Combine(_directory, "data"), "--out", outDir, "--banks", Path.Combine(root, "question-banks"),
             "--tracks", Path.Combine(root, "tracks"), "--certificates", Path.Combine(root, "certificates"), "--candidates", "12"],
            output, error, TimeProvider.System);

        Assert.True(code == 0, error.ToString());
        var all = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lines = all.Where(l => !l.StartsWith("results ", StringComparison.Ordinal) && !l.StartsWith("wrote ", StringComparison.Ordinal)).ToArray();
        // One 公示 page for the day's results (家务服务员 has 成绩公示 on), its line besides the certificates'.
        Assert.Matches(ResultsLine(), Assert.Single(all, l => l.StartsWith("results ", StringComparison.Ordinal)));
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(CertificateLine(), l));
        var numbers = lines.Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(File.Exists(Path.Combine(outDir, n + ".html")) && File.Exists(Path.Combine(outDir, n + ".png"))));
        Assert.Contains("职业技能等级证书", await File.ReadAllTextAsync(Path.Combine(outDir, numbers[0] + ".html")));
        Assert.Equal(SigningKeyOrigin.Generated, Assert.Single(await new SigningKeyTable(new StorageSettings.Embedded(Path.Combine(_directory, "data"))).ReadAsync()).Origin);
        Assert.Equal(lines[0].Split(' ')[2], DecodeQr(Path.Combine(outDir, numbers[0] + ".png")));
        // The day's reports, each named in a `wrote` line: the certificates in the national fields (.xlsx and CSV, one row
        // per certificate) and the 培训补贴 claims list (one claim per certificate).
        var wrote = all.Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => l["wrote ".Length..]).ToList();
        Assert.All(wrote, path => Assert.True(File.Exists(path), path));
        var xlsx = Assert.Single(wrote, p => Path.GetFileName(p).StartsWith("certificates-", StringComparison.Ordinal) && p.EndsWith(".xlsx", StringComparison.Ordinal));
        var exported = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(numbers.Order(), exported.Select(r => r["证书编号"]?.ToString()).Order());
        Assert.Contains("证件号码", exported[0].Keys);
        var csv = Assert.Single(wrote, p => Path.GetFileName(p).StartsWith("certificates-", StringComparison.Ordinal) && p.EndsWith(".csv", StringComparison.Ordinal));
        var csvLines = (await File.ReadAllLinesAsync(csv)).Where(l => l.Length > 0).ToList();
        Assert.Equal(numbers.Count + 1, csvLines.Count);
        Assert.All(numbers, n => Assert.Single(csvLines, l => l.Contains(n, StringComparison.Ordinal)));
        var subsidies = Assert.Single(wrote, p => Path.GetFileName(p).StartsWith("subsidies-", StringComparison.Ordinal));
        var claims = MiniExcelLibs.MiniExcel.Query(subsidies, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(numbers.Order(), claims.Select(r => r["证书编号 Certificate"]?.ToString()).Order());

        var again = new StringWriter();
        var secondCode = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", Path.Combine(_directory, "data"), "--out", outDir, "--banks", Path.Combine(root, "question-banks"),
             "--tracks", Path.Combine(root, "tracks"), "--certificates", Path.Combine(root, "certificates"), "--candidates", "12"],
            again, error, TimeProvider.System);
        var secondNumbers = again.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("certificate ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();

        Assert.True(secondCode == 0, error.ToString());
        Assert.NotEmpty(secondNumbers);
        Assert.Empty(secondNumbers.Intersect(numbers));
    }

    [Theory]
    [InlineData("4-10-01-05/5", "5 五级/初级工", "养老护理员")]
    [InlineData("4-10-01-05/4", "4 四级/中级工", "养老护理员")]
    [InlineData("4-10-01-05/3", "3 三级/高级工", "养老护理员")]
    [InlineData("4-10-01-02/5", "5 五级/初级工", "育婴员")]
    [InlineData("4-10-01-02/4", "4 四级/中级工", "育婴员")]
    [InlineData("4-10-01-02/3", "3 三级/高级工", "育婴员")]
    [InlineData("4-10-01-03/5", "5 五级/初级工", "保育师")]
    [InlineData("4-10-01-03/4", "4 四级/中级工", "保育师")]
    [InlineData("4-10-01-03/3", "3 三级/高级工", "保育师")]
    [InlineData("4-10-01-06/2", "2 二级/技师", "家政服务员")]
    public async Task Demo_OccupationWithoutWorkTypes_IssuesCertificatesOfThatOccupationAndLevelThatVerify(string track, string level, string occupation)
    {
        var (code, lines, error) = await DemoAsync(track);

        Assert.True(code == 0, error);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(CertificateLine(), l));
        var outDir = Path.Combine(_directory, "out");
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, lines[0].Split(' ')[1] + ".html"));
        Assert.Contains("职业技能等级证书", html);
        Assert.Contains(occupation, html);
        var jwks = await JwksAsync();
        foreach (var line in lines)
        {
            var verified = await VerifyAsync(line.Split(' ')[2], jwks);
            Assert.True(verified.Code == 0, verified.Output);
            Assert.Contains($"职业 Occupation:     {track.Split('/')[0]} {occupation}", verified.Lines);
            Assert.Contains("工种 Work type:      --", verified.Lines);
            Assert.Contains($"等级 Level:          {level}", verified.Lines);
        }
    }

    [Theory]
    [InlineData("母婴护理员", 5, "5 五级/初级工")]
    [InlineData("母婴护理员", 4, "4 四级/中级工")]
    [InlineData("家庭照护员", 5, "5 五级/初级工")]
    [InlineData("家庭照护员", 4, "4 四级/中级工")]
    [InlineData("家务服务员", 3, "3 三级/高级工")]
    [InlineData("母婴护理员", 3, "3 三级/高级工")]
    [InlineData("家庭照护员", 3, "3 三级/高级工")]
    public async Task Demo_HouseholdWorkType_IssuesCertificatesOfThatWorkTypeThatVerify(string workType, int level, string levelLine)
    {
        var (code, lines, error) = await DemoAsync($"4-10-01-06/{workType}/{level}");

        Assert.True(code == 0, error);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(CertificateLine(), l));
        var jwks = await JwksAsync();
        foreach (var line in lines)
        {
            var verified = await VerifyAsync(line.Split(' ')[2], jwks);
            Assert.True(verified.Code == 0, verified.Output);
            Assert.Contains("职业 Occupation:     4-10-01-06 家政服务员", verified.Lines);
            Assert.Contains($"工种 Work type:      {workType}", verified.Lines);
            Assert.Contains($"等级 Level:          {levelLine}", verified.Lines);
        }
    }

    [Fact]
    public async Task Demo_ElderCareLevelWithoutABlueprint_ExitsOneSayingSo_AndOpensNoStore()
    {
        var (code, lines, error) = await DemoAsync("4-10-01-05/2");

        Assert.Equal(1, code);
        Assert.Empty(lines);
        Assert.Contains("the demo cannot run track '4-10-01-05/2'", error);
        Assert.Contains("no theory blueprint for 4-10-01-05/2", error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "data")));
    }

    [Fact]
    public async Task Demo_LevelFourTrackWhoseCertificateRouteIsReviewed_EnrolsAsItsOwnReviewerAndIssues()
    {
        var (code, lines, error) = await DemoAsync("4-10-01-06/家务服务员/4");

        Assert.True(code == 0, error);
        Assert.NotEmpty(lines);
    }

    [Theory]
    [InlineData("ZX-MYHL", "母婴护理")]
    [InlineData("ZX-ZLSN", "整理收纳")]
    [InlineData("ZX-JTBJ", "家庭保洁")]
    [InlineData("ZX-YLSH", "医疗护理（生活照护）")]
    public async Task Demo_PracticalOnlySpecialtyTrack_IssuesSpecialtyCertificatesThatVerify(string specialty, string name)
    {
        var (code, lines, error) = await DemoAsync("专项/" + specialty);

        Assert.True(code == 0, error);
        Assert.NotEmpty(lines);
        Assert.DoesNotContain("理论知识考试", error);
        var outDir = Path.Combine(_directory, "out");
        Assert.Contains("专项职业能力证书", await File.ReadAllTextAsync(Path.Combine(outDir, lines[0].Split(' ')[1] + ".html")));
        var jwks = await JwksAsync();
        foreach (var line in lines)
        {
            var verified = await VerifyAsync(line.Split(' ')[2], jwks);
            Assert.True(verified.Code == 0, verified.Output);
            Assert.Contains($"职业 Occupation:     {specialty} {name}", verified.Lines);
            Assert.Contains("等级 Level:          -- (专项职业能力，无等级 / specialty, no level)", verified.Lines);
        }
    }

    [Fact]
    public async Task Demo_UnknownTrack_ExitsTwoNamingTheKeyAndTheKnownKeys_AndOpensNoStore()
    {
        var (code, lines, error) = await DemoAsync("4-10-01-06/家庭保洁员/5");

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("unknown track '4-10-01-06/家庭保洁员/5'", error);
        Assert.Contains("known tracks: 4-10-01-02/5, 4-10-01-02/4, 4-10-01-02/3, 4-10-01-03/5, 4-10-01-03/4, 4-10-01-03/3, 4-10-01-05/5, 4-10-01-05/4, 4-10-01-05/3, 4-10-01-06/家务服务员/5, 4-10-01-06/母婴护理员/5, 4-10-01-06/家庭照护员/5, 4-10-01-06/家务服务员/4, 4-10-01-06/母婴护理员/4, 4-10-01-06/家庭照护员/4, 4-10-01-06/家务服务员/3, 4-10-01-06/母婴护理员/3, 4-10-01-06/家庭照护员/3, 4-10-01-06/2, 专项/ZX-JTBJ, 专项/ZX-MYHL, 专项/ZX-YLSH, 专项/ZX-ZLSN", error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "data")));
    }

    private async Task<(int Code, IReadOnlyList<string> Lines, string Error)> DemoAsync(string track, string? banks = null)
    {
        var root = BankCommandsTests.RepositoryRoot();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", Path.Combine(_directory, "data"), "--out", Path.Combine(_directory, "out"), "--banks", banks ?? Path.Combine(root, "question-banks"),
             "--tracks", Path.Combine(root, "tracks"), "--certificates", Path.Combine(root, "certificates"), "--candidates", "8", "--track", track],
            output, error, TimeProvider.System);

        // The certificate lines; a 公示 page's line is checked, then left out.
        var all = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(all.Where(l => l.StartsWith("results ", StringComparison.Ordinal)), l => Assert.Matches(ResultsLine(), l));
        return (code, all.Where(l => !l.StartsWith("results ", StringComparison.Ordinal) && !l.StartsWith("wrote ", StringComparison.Ordinal)).ToList(), error.ToString());
    }

    /// <summary>The demo store's public signing keys, saved as a JWKS file as /.well-known/jwks.json would serve them.</summary>
    private async Task<string> JwksAsync()
    {
        var keys = new List<Jwk>();
        foreach (var stored in await new SigningKeyTable(new StorageSettings.Embedded(Path.Combine(_directory, "data"))).ReadAsync())
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(stored.PrivateKeyPem);
            keys.Add(Jwk.FromPublicKey(key, stored.KeyId));
        }

        var path = Path.Combine(_directory, "jwks.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { keys }));
        return path;
    }

    private static async Task<(int Code, string Output, IReadOnlyList<string> Lines)> VerifyAsync(string url, string jwks, string? banks = null)
    {
        var output = new StringWriter();
        var code = await CertEngineCommandLine.RunAsync(
            ["verify", url, "--jwks", jwks, "--banks", banks ?? Path.Combine(BankCommandsTests.RepositoryRoot(), "question-banks")], output, new StringWriter(), TimeProvider.System);
        return (code, output.ToString(), output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList());
    }

    /// <summary>Reads a QR PNG back with zbarimg (zbar-tools, installed by test.sh).</summary>
    private static string DecodeQr(string png)
    {
        using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }

    [GeneratedRegex(@"^certificate [YS][0-9]{21} https?://\S+/v/[YS][0-9]{21}\?t=[A-Za-z0-9_\-.%]+$")]
    private static partial Regex CertificateLine();

    [GeneratedRegex(@"^results https?://\S+/results/[0-9]{8}-[a-z0-9]{6}$")]
    private static partial Regex ResultsLine();
}
