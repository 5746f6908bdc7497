using System.Globalization;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>
/// Published versions of a bank: <c>versions/&lt;n&gt;/bank.yaml</c> (the whole bank, frozen) and
/// <c>manifest.yaml</c> (what it pins). A version is written once and never changes.
/// </summary>
public static class BankVersions
{
    /// <summary>The published versions under a bank directory, oldest first.</summary>
    public static IReadOnlyList<(int Version, string Directory)> List(string bankDirectory)
    {
        var root = Path.Combine(bankDirectory, BankLoader.VersionsDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Select(d => (Ok: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v), Version: v, Directory: d))
            .Where(x => x.Ok && File.Exists(Path.Combine(x.Directory, BankManifest.FileName)))
            .Select(x => (x.Version, x.Directory))
            .OrderBy(x => x.Version)
            .ToList();
    }

    /// <summary>Loads a published version and checks it against its manifest and the validator.</summary>
    public static BankLoadResult LoadPublished(string versionDirectory)
    {
        var bankPath = Path.Combine(versionDirectory, BankManifest.BankFileName);
        var manifestPath = Path.Combine(versionDirectory, BankManifest.FileName);
        var problems = new List<BankProblem>();
        if (!File.Exists(bankPath) || !File.Exists(manifestPath))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation(versionDirectory, 0),
                $"已发布版本应有 {BankManifest.BankFileName} 和 {BankManifest.FileName} (a published version holds {BankManifest.BankFileName} and {BankManifest.FileName})"));
            return new BankLoadResult(null, problems);
        }

        var loaded = BankLoader.Load([], [new BankFile(bankPath, File.ReadAllText(bankPath))], _ => null);
        problems.AddRange(loaded.Problems);
        var manifest = BankManifest.Read(new BankFile(manifestPath, File.ReadAllText(manifestPath)), problems);
        if (loaded.Bank is { } bank && manifest is not null)
        {
            problems.AddRange(manifest.Verify(bank));
        }

        return new BankLoadResult(loaded.Bank, problems);
    }

    /// <summary>
    /// Validates the source bank in <paramref name="bankDirectory"/> and, when it is clean, freezes it as the
    /// next version. Refused (writing nothing) when the bank has any error, or when an item or task kept
    /// its id and version from an earlier version but changed its content.
    /// </summary>
    public static PublishOutcome Publish(string bankDirectory, DateOnly date)
    {
        var loaded = BankLoader.LoadDirectory(bankDirectory);
        if (!loaded.IsValid || loaded.Bank is not { } bank)
        {
            return new PublishOutcome.Refused(loaded.Errors.ToList());
        }

        var versions = List(bankDirectory);
        var problems = new List<BankProblem>();
        foreach (var (version, directory) in versions)
        {
            var earlier = LoadPublished(directory);
            if (earlier.Bank is null)
            {
                problems.AddRange(earlier.Errors);
                continue;
            }

            CheckVersionRaised(bank, earlier.Bank, version, problems);
        }

        if (problems.Count > 0)
        {
            return new PublishOutcome.Refused(problems);
        }

        var next = versions.Count == 0 ? 1 : versions[^1].Version + 1;
        var target = Path.Combine(bankDirectory, BankLoader.VersionsDirectory, next.ToString(CultureInfo.InvariantCulture));
        var staging = target + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        // Write beside the target and rename: a crash mid-write leaves no half-published version.
        Directory.CreateDirectory(staging);
        var header = $"{bank.Occupation.Name} {bank.Occupation.Code} 题库第 {next} 版，发布于 {date:yyyy-MM-dd}。已冻结，请勿编辑。\n" +
                     $"Bank {bank.Occupation.Code} version {next}, published {date:yyyy-MM-dd}. Frozen: never edit.";
        File.WriteAllText(Path.Combine(staging, BankManifest.BankFileName), BankYamlWriter.Write(bank, header));
        File.WriteAllText(Path.Combine(staging, BankManifest.FileName), BankManifest.Create(bank, next, date).ToYaml());
        Directory.Move(staging, target);
        return new PublishOutcome.Published(next, target, bank.Items.Count, bank.Tasks.Count);
    }

    private static void CheckVersionRaised(Bank bank, Bank earlier, int earlierVersion, List<BankProblem> problems)
    {
        var before = earlier.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var item in bank.Items)
        {
            if (before.TryGetValue(item.Id, out var old) && old.Version == item.Version && ContentHash.Of(old) != ContentHash.Of(item))
            {
                problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, item.Location,
                    $"item {item.Id}: 内容与第 {earlierVersion} 版不同，但 version 仍是 {item.Version}，请提高版本号 (content differs from version {earlierVersion} but its version is still {item.Version}: raise it)"));
            }
            else if (old is not null && item.Version < old.Version)
            {
                problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, item.Location,
                    $"item {item.Id}: version {item.Version} 低于第 {earlierVersion} 版中的 {old.Version} (version is lower than the {old.Version} published in version {earlierVersion})"));
            }
        }

        var tasksBefore = earlier.Tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var task in bank.Tasks)
        {
            if (tasksBefore.TryGetValue(task.Id, out var old) && old.Version == task.Version && ContentHash.Of(old) != ContentHash.Of(task))
            {
                problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, task.Location,
                    $"task {task.Id}: 内容与第 {earlierVersion} 版不同，但 version 仍是 {task.Version}，请提高版本号 (content differs from version {earlierVersion} but its version is still {task.Version}: raise it)"));
            }
        }
    }
}
