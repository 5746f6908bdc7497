using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.QuestionBanks;

/// <summary>A bank found under a path: a source tree (occupation.yaml) or a published version (manifest.yaml).</summary>
public sealed record BankTarget(string Directory, bool IsPublished)
{
    /// <summary>Loads and validates this bank.</summary>
    public BankLoadResult Load() => IsPublished ? BankVersions.LoadPublished(Directory) : BankLoader.LoadDirectory(Directory);
}

/// <summary>Finds the banks under a path, so one command checks a bank, a version, or every bank of a folder.</summary>
public static class BankDiscovery
{
    /// <summary>
    /// The banks at or under <paramref name="path"/>: the directory itself when it is a bank or a version;
    /// otherwise every bank directory below it and every published version of each. A file stands for the bank that holds it.
    /// </summary>
    public static IReadOnlyList<BankTarget> Find(string path)
    {
        if (File.Exists(path))
        {
            for (var dir = Path.GetDirectoryName(Path.GetFullPath(path)); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (IsPublished(dir) || IsSource(dir))
                {
                    return [new BankTarget(Relative(dir), IsPublished(dir))];
                }
            }

            return [];
        }

        if (!Directory.Exists(path))
        {
            return [];
        }

        if (IsPublished(path))
        {
            return [new BankTarget(path, true)];
        }

        var targets = new List<BankTarget>();
        var sources = IsSource(path)
            ? [path]
            : Directory.EnumerateFiles(path, BankLoader.OccupationFile, SearchOption.AllDirectories)
                .Select(f => Path.GetDirectoryName(f)!)
                .Where(d => !d.Split(Path.DirectorySeparatorChar).Contains(BankLoader.VersionsDirectory))
                .Order(StringComparer.Ordinal)
                .ToList();
        foreach (var source in sources)
        {
            targets.Add(new BankTarget(source, false));
            var versions = Path.Combine(source, BankLoader.VersionsDirectory);
            if (Directory.Exists(versions))
            {
                // Every directory under versions/ is a published version; one missing its files is reported, not skipped.
                targets.AddRange(Directory.EnumerateDirectories(versions).Order(StringComparer.Ordinal).Select(d => new BankTarget(d, true)));
            }
        }

        return targets;
    }

    /// <summary>Loads the bank or version at <paramref name="path"/> (for diff), or reports that there is none.</summary>
    public static BankLoadResult LoadOne(string path)
    {
        if (Directory.Exists(path) && IsSource(path))
        {
            return BankLoader.LoadDirectory(path);
        }

        var targets = Find(path);
        return targets.Count == 1
            ? targets[0].Load()
            : new BankLoadResult(null, [new BankProblem(ProblemSeverity.Error, BankRules.MissingField, new SourceLocation(path, 0),
                targets.Count == 0 ? "这里没有题库 (no bank or published version here)" : "这里有多个题库，请指明其中一个 (several banks here: name one)")]);
    }

    private static bool IsSource(string dir) => File.Exists(Path.Combine(dir, BankLoader.OccupationFile));

    private static bool IsPublished(string dir) =>
        File.Exists(Path.Combine(dir, BankManifest.FileName)) || File.Exists(Path.Combine(dir, BankManifest.BankFileName));

    private static string Relative(string dir)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, dir);
        return relative.StartsWith("..", StringComparison.Ordinal) ? dir : relative;
    }
}
