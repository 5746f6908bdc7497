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
        if (!File.Exists(bankPath) || !File.Exists(manifestPath))
        {
            return new BankLoadResult(null, [new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation(versionDirectory, 0),
                $"已发布版本应有 {BankManifest.BankFileName} 和 {BankManifest.FileName} (a published version holds {BankManifest.BankFileName} and {BankManifest.FileName})")]);
        }

        return LoadPublished(new BankFile(bankPath, File.ReadAllText(bankPath)), new BankFile(manifestPath, File.ReadAllText(manifestPath)));
    }

    /// <summary>
    /// Loads a published version from its two texts, wherever they are kept (a folder, grain storage), and checks the
    /// bank against its manifest and the validator.
    /// </summary>
    /// <remarks>
    /// The deduction rule (<see cref="BankRules.RubricDeductions"/>) binds a source when it is published: every version
    /// published since met it, and one frozen before it existed can never be edited to meet it. So it is not applied to a
    /// published version, which stays valid for the attempts that used it (its faults are fixed in the next version).
    /// </remarks>
    public static BankLoadResult LoadPublished(BankFile bank, BankFile manifest)
    {
        var problems = new List<BankProblem>();
        var loaded = BankLoader.Load([], [bank], _ => null);
        problems.AddRange(loaded.Problems.Where(p => p.Rule != BankRules.RubricDeductions));
        var pins = BankManifest.Read(manifest, problems);
        if (loaded.Bank is { } loadedBank && pins is not null)
        {
            problems.AddRange(pins.Verify(loadedBank));
        }

        return new BankLoadResult(loaded.Bank, problems);
    }

    /// <summary>A stored version's file whose SHA-256 is no longer the one recorded when it was published.</summary>
    public static BankProblem StoredHashChanged(string fileName) => new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation(fileName, 0),
        "SHA-256 与发布时记录的不同 (differs from the hash stored at publication)");

    /// <summary>
    /// Validates the source bank in <paramref name="bankDirectory"/> and, when it is clean, freezes it as the
    /// next version. Refused (writing nothing) when the bank has any error, or when an item or task kept
    /// its id and version from an earlier version but changed its content.
    /// </summary>
    public static PublishOutcome Publish(string bankDirectory, DateOnly date)
    {
        var source = BankLoader.LoadDirectory(bankDirectory);
        var earlier = source.IsValid
            ? List(bankDirectory).Select(v => (v.Version, LoadPublished(v.Directory))).ToList()
            : [];
        switch (Freeze(source, earlier, date))
        {
            case FreezeOutcome.Refused refused:
                return new PublishOutcome.Refused(refused.Problems);
            case FreezeOutcome.Frozen { Version: var frozen }:
                var target = Path.Combine(bankDirectory, BankLoader.VersionsDirectory, frozen.Version.ToString(CultureInfo.InvariantCulture));
                var staging = target + ".partial";
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }

                // Write beside the target and rename: a crash mid-write leaves no half-published version.
                Directory.CreateDirectory(staging);
                File.WriteAllText(Path.Combine(staging, BankManifest.BankFileName), frozen.BankYaml);
                File.WriteAllText(Path.Combine(staging, BankManifest.FileName), frozen.ManifestYaml);
                Directory.Move(staging, target);
                return new PublishOutcome.Published(frozen.Version, target, frozen.Items, frozen.Tasks);
            default:
                throw new InvalidOperationException("unknown freeze outcome");
        }
    }

    /// <summary>
    /// The rules of publication, kept apart from where a version is written: freezes a clean <paramref name="source"/> as
    /// the version after the highest of <paramref name="earlier"/> (1 when there is none). Refused with every problem when
    /// the source has any error, when an earlier version cannot be read at all, or when an item or task kept its id and version
    /// from ANY earlier version but changed its content (or lowered its version).
    /// </summary>
    /// <param name="source">The source bank as loaded and validated.</param>
    /// <param name="earlier">Every version published so far, wherever it is kept, as loaded (checked against its manifest).</param>
    /// <param name="date">The publication date written into both texts.</param>
    public static FreezeOutcome Freeze(BankLoadResult source, IReadOnlyCollection<(int Version, BankLoadResult Loaded)> earlier, DateOnly date)
    {
        if (!source.IsValid || source.Bank is not { } bank)
        {
            return new FreezeOutcome.Refused(source.Errors.ToList());
        }

        var problems = new List<BankProblem>();
        foreach (var (version, loaded) in earlier.OrderBy(e => e.Version))
        {
            if (loaded.Bank is null)
            {
                problems.AddRange(loaded.Errors);
                continue;
            }

            CheckVersionRaised(bank, loaded.Bank, version, problems);
        }

        if (problems.Count > 0)
        {
            return new FreezeOutcome.Refused(problems);
        }

        var next = earlier.Count == 0 ? 1 : earlier.Max(e => e.Version) + 1;
        var header = $"{bank.Occupation.Name} {bank.Occupation.Code} 题库第 {next} 版，发布于 {date:yyyy-MM-dd}。已冻结，请勿编辑。\n" +
                     $"Bank {bank.Occupation.Code} version {next}, published {date:yyyy-MM-dd}. Frozen: never edit.";
        return new FreezeOutcome.Frozen(new FrozenVersion(bank.Occupation.Code, next,
            BankYamlWriter.Write(bank, header), BankManifest.Create(bank, next, date).ToYaml(), bank.Items.Count, bank.Tasks.Count));
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
