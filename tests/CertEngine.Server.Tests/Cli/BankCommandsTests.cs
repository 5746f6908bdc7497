using System.Globalization;
using System.Text.RegularExpressions;
using CertEngine.Server.Cli;

namespace CertEngine.Server.Tests.Cli;

/// <summary>
/// The bank verbs as an operator runs them, on a copy of the shipped banks: clean banks pass with a
/// summary, and each kind of damage is refused with exit 1 and at least one <c>file:line: message</c>.
/// </summary>
public sealed partial class BankCommandsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certengine-cli-").FullName;
    private readonly string _banks;

    public BankCommandsTests()
    {
        _banks = Path.Combine(_root, "question-banks");
        Copy(Path.Combine(RepositoryRoot(), "question-banks"), _banks);
    }

    private string Bank => Path.Combine(_banks, "4-10-01-06");

    [Fact]
    public void Validate_ShippedBanks_ExitsZeroWithOneSummaryLine()
    {
        var (code, output) = Run("bank", "validate", _banks);

        Assert.Equal(0, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ok: ", line);
        Assert.Contains("4-10-01-06", line);
    }

    [Fact]
    public void Validate_TruncatedFile_IsRefused()
    {
        var file = Path.Combine(Bank, "items", "laundry-4.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text[..(text.Length * 2 / 3)]);

        AssertRefused(Run("bank", "validate", _banks), "laundry-4.yaml");
    }

    [Fact]
    public void Validate_BadIndentation_IsRefused()
    {
        var file = Path.Combine(Bank, "items", "laundry-5.yaml");
        var lines = File.ReadAllLines(file).ToList();
        var stem = lines.FindIndex(l => l.TrimStart().StartsWith("stem:", StringComparison.Ordinal));
        lines[stem] = "  " + lines[stem];
        File.WriteAllLines(file, lines);

        AssertRefused(Run("bank", "validate", _banks), "laundry-5.yaml");
    }

    [Fact]
    public void Validate_DuplicatedContent_IsRefused()
    {
        File.Copy(Path.Combine(Bank, "items", "cleaning-5.yaml"), Path.Combine(Bank, "items", "cleaning-5-copy.yaml"));

        var (code, output) = Run("bank", "validate", _banks);

        AssertRefused((code, output), "cleaning-5");
        Assert.Contains("duplicate id", output);
    }

    [Fact]
    public void Validate_FileNestedHundredThousandDeep_IsRefusedWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(Bank, "blueprints.yaml"), "blueprints:\n  - " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var (code, output) = Run("bank", "validate", _banks);

        AssertRefused((code, output), "blueprints.yaml:2: ");
        Assert.Contains("at most 64 levels", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenSyntax_IsRefused()
    {
        var file = Path.Combine(Bank, "blueprints.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("cells:", "cells: {", StringComparison.Ordinal));

        AssertRefused(Run("bank", "validate", _banks), "blueprints.yaml");
    }

    [Fact]
    public void Validate_EditedItemOfAPublishedVersion_NamesTheItem()
    {
        Assert.Equal(0, Run("bank", "publish", Bank, "--date", "2026-11-23").Code);
        var bankFile = Path.Combine(Bank, "versions", "1", "bank.yaml");
        var lines = File.ReadAllLines(bankFile);
        var stem = Array.FindIndex(lines, l => l.TrimStart().StartsWith("stem:", StringComparison.Ordinal) && l.Contains('（'));
        lines[stem] = lines[stem].Replace("（", "（改", StringComparison.Ordinal);
        File.WriteAllLines(bankFile, lines);

        var (code, output) = Run("bank", "validate", _banks);

        AssertRefused((code, output), "bank.yaml");
        Assert.Contains("changed after version 1 was published", output);
    }

    [Fact]
    public void Publish_ThenDiffAgainstAnEditedSource_ListsTheChangedItem()
    {
        Assert.Equal(0, Run("bank", "publish", Bank, "--date", "2026-11-23").Code);
        var file = Path.Combine(Bank, "items", "ethics.yaml");
        file = File.Exists(file) ? file : Path.Combine(_banks, "common", "items", "ethics.yaml");
        // The file's first item, whatever its version: raise the version and change the stem.
        var text = File.ReadAllText(file);
        var first = Regex.Match(text, @"- id: (\S+)\n    version: (\d+)\n");
        var (id, version) = (first.Groups[1].Value, int.Parse(first.Groups[2].Value, CultureInfo.InvariantCulture));
        var edited = text[..first.Index] + $"- id: {id}\n    version: {version + 1}\n" + text[(first.Index + first.Length)..];
        var stemAt = edited.IndexOf("stem:", first.Index, StringComparison.Ordinal);
        File.WriteAllText(file, edited[..(stemAt + 5)] + " 改写：" + edited[(stemAt + 5)..].TrimStart(' '));

        // Against the version just published (the newest), the edited item is the only change.
        var newest = Directory.GetDirectories(Path.Combine(Bank, "versions")).Select(d => int.Parse(Path.GetFileName(d), CultureInfo.InvariantCulture)).Max();
        var (code, output) = Run("bank", "diff", Path.Combine(Bank, "versions", newest.ToString(CultureInfo.InvariantCulture)), Bank);

        Assert.Equal(0, code);
        Assert.Contains($"~ item {id}: v{version} → v{version + 1}: stem", output);
        Assert.Contains("diff: 0 added, 0 removed, 1 changed", output);
    }

    [Fact]
    public void Lint_ShippedBanks_AreClean_AndARestatedItemFailsWithItsFileAndLine()
    {
        var clean = Run("bank", "lint", _banks);
        Assert.True(clean.Code == 0, clean.Output);

        // The first laundry item again in other words and under another id: the restatement a rewrite must not leave behind.
        var file = Path.Combine(Bank, "items", "laundry-5.yaml");
        var text = File.ReadAllText(file);
        var start = text.IndexOf("  - id: laun5-001\n", StringComparison.Ordinal);
        var end = text.IndexOf("  - id: ", start + 1, StringComparison.Ordinal);
        File.WriteAllText(file, text.TrimEnd('\n') + "\n" + text[start..end].Replace("laun5-001", "laun5-restated", StringComparison.Ordinal).Replace("stem: ", "stem: 在客户家中，", StringComparison.Ordinal));
        var (code, output) = Run("bank", "lint", _banks);

        AssertRefused((code, output), "laundry-5.yaml");
        var lines = output.Split('\n');
        Assert.Contains(lines, l => ProblemLine().IsMatch(l) && l.Contains("laun5-restated", StringComparison.Ordinal) && l.Contains("may share a paper", StringComparison.Ordinal));
        Assert.Matches(@"^bank lint: [1-9][0-9]* 个错误 errors, [0-9]+ 个警告 warnings in [0-9]+ bank\(s\)", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Lint_BankWithoutItems_ExitsZero()
    {
        var (code, output) = Run("bank", "lint", Path.Combine(_banks, "ZX-MYHL"));

        Assert.Equal(0, code);
        Assert.Contains("bank lint: 0 个错误 errors, 0 个警告 warnings in 1 bank(s) (ZX-MYHL)", output);
    }

    [Fact]
    public void Lint_CatalogueWithoutLintSection_ExitsOneNamingTheMissingThresholds()
    {
        var catalogue = Path.Combine(_banks, "catalogue.yaml");
        var text = File.ReadAllText(catalogue);
        File.WriteAllText(catalogue, text[..text.IndexOf("\nlint:", StringComparison.Ordinal)]);

        var (code, output) = Run("bank", "lint", Path.Combine(_banks, "ZX-MYHL"));

        Assert.Equal(1, code);
        Assert.Contains("no lint thresholds", output);
    }

    [Fact]
    public void Stats_ShippedBanks_PrintsPoolRatiosOverlapAndThinPoolsPerVersionAndLevel()
    {
        var (code, output) = Run("bank", "stats", _banks);

        Assert.Equal(0, code);
        Assert.Contains("4-10-01-06 家政服务员 source · 五级/初级工 家务服务员 理论 theory: 100 items per paper", output);
        Assert.Contains("4-10-01-06 家政服务员 v1 · 四级/中级工 家务服务员 理论 theory: 100 items per paper", output);
        Assert.Contains("56/16 = 3.5×", output);
        Assert.Matches(@"expected overlap of two papers: [0-9]+\.[0-9] of 100 items", output);
        Assert.Contains("薄弱 thin (< 3× the draw): none", output);
    }

    [Fact]
    public void Stats_Json_HoldsEveryPoolOfEveryBlueprint()
    {
        var (code, output) = Run("bank", "stats", Bank, "--json");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        // Version 1 is frozen, so its figures are known; the source's grow with the rewrite.
        var frozen = json.RootElement.EnumerateArray().First(b => b.GetProperty("version").GetString() == "v1");
        var pools = frozen.GetProperty("blueprints").EnumerateArray().SelectMany(b => b.GetProperty("pools").EnumerateArray()).ToList();
        Assert.Equal(36, pools.Count);
        Assert.Contains(pools, p => p.GetProperty("nodeId").GetString() == "cooking" && p.GetProperty("drawn").GetInt32() == 16
            && p.GetProperty("pool").GetInt32() == 56 && p.GetProperty("ratio").GetDecimal() == 3.5m);
        // Version 4, frozen too: 家务服务员 五级 and 四级 (36 pools), the 五级 theory of 母婴护理员 and of 家庭照护员 (16 each),
        // and 母婴护理员 四级 (16). The source only grows from the newest version.
        static int Pools(System.Text.Json.JsonElement bank) => bank.GetProperty("blueprints").EnumerateArray().Sum(b => b.GetProperty("pools").GetArrayLength());
        var four = json.RootElement.EnumerateArray().First(b => b.GetProperty("version").GetString() == "v4");
        var source = json.RootElement.EnumerateArray().First(b => b.GetProperty("version").GetString() == "source");
        Assert.Equal(84, Pools(four));
        Assert.True(Pools(source) >= Pools(four), $"the source has {Pools(source)} pools, fewer than version 4's {Pools(four)}");
    }

    [Fact]
    public void Validate_NoBankAtPath_ExitsOne()
    {
        var (code, output) = Run("bank", "validate", Path.Combine(_root, "nothing-here"));

        Assert.Equal(1, code);
        Assert.Contains("no bank here", output);
    }

    private static void AssertRefused((int Code, string Output) result, string fileName)
    {
        Assert.Equal(1, result.Code);
        var located = result.Output.Split('\n').Where(l => ProblemLine().IsMatch(l)).ToList();
        Assert.True(located.Count > 0, $"no file:line: message in:\n{result.Output}");
        Assert.Contains(located, l => l.Contains(fileName, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\S+\.(yaml|xlsx):[1-9][0-9]*: \S")]
    private static partial Regex ProblemLine();

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = CertEngineCommandLine.RunAsync(args, output, output, TimeProvider.System).GetAwaiter().GetResult();
        return (code, output.ToString().Replace("\r", "", StringComparison.Ordinal));
    }

    internal static string RepositoryRoot() => CertEngine.TestSupport.RepositoryPaths.Root;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
