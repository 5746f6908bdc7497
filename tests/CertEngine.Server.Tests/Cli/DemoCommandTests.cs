using System.Diagnostics;
using System.Text.RegularExpressions;
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
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(CertificateLine(), l));
        var numbers = lines.Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(File.Exists(Path.Combine(outDir, n + ".html")) && File.Exists(Path.Combine(outDir, n + ".png"))));
        Assert.Contains("职业技能等级证书", await File.ReadAllTextAsync(Path.Combine(outDir, numbers[0] + ".html")));
        Assert.Equal(SigningKeyOrigin.Generated, Assert.Single(await new SigningKeyTable(new StorageSettings.Embedded(Path.Combine(_directory, "data"))).ReadAsync()).Origin);
        Assert.Equal(lines[0].Split(' ')[2], DecodeQr(Path.Combine(outDir, numbers[0] + ".png")));

        var again = new StringWriter();
        var secondCode = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", Path.Combine(_directory, "data"), "--out", outDir, "--banks", Path.Combine(root, "question-banks"),
             "--tracks", Path.Combine(root, "tracks"), "--certificates", Path.Combine(root, "certificates"), "--candidates", "12"],
            again, error, TimeProvider.System);
        var secondNumbers = again.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[1]).ToList();

        Assert.True(secondCode == 0, error.ToString());
        Assert.NotEmpty(secondNumbers);
        Assert.Empty(secondNumbers.Intersect(numbers));
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
}
