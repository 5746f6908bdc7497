namespace CertEngine.TestSupport;

/// <summary>
/// A copy of the shipped tracks folder whose defaults say <c>publicity: off</c>, for hosts whose tests issue certificates
/// straight after scoring (issuance, documents, verification): with the shipped defaults every certificate waits for a
/// 成绩公示 and its period. Tests of 公示 itself use the shipped folder (<see cref="RepositoryPaths.Tracks"/>).
/// </summary>
public static class TracksWithoutPublicity
{
    private static readonly Lazy<string> Copy = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder (made once per test process, under the temp folder).</summary>
    public static string Root => Copy.Value;

    private static string Make()
    {
        var target = Directory.CreateTempSubdirectory("certengine-tracks-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Tracks, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Tracks, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var defaults = Path.Combine(target, "defaults.yaml");
        var lines = File.ReadAllLines(defaults).ToList();
        var at = lines.FindIndex(l => l.StartsWith("  publicity:", StringComparison.Ordinal));
        if (at < 0)
        {
            throw new InvalidOperationException("tracks/defaults.yaml has no '  publicity:' setting to turn off.");
        }

        // The setting's own lines are indented deeper than its key; the next setting is not.
        var end = at + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
        lines.Insert(at, "  publicity: off");
        File.WriteAllLines(defaults, lines);
        return target;
    }
}
