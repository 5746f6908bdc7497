namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// A copy of the repository's question-banks and tracks in a temporary folder whose 家政服务员 五级 theory minimum is
/// a few minutes instead of 90, so a sitting's deadline arrives while a test runs. The shipped data is never touched.
/// </summary>
public sealed class ShortSittingData : IDisposable
{
    private readonly string _root;

    private ShortSittingData(string root)
    {
        _root = root;
    }

    public string Banks => Path.Combine(_root, "question-banks");

    public string Tracks => Path.Combine(_root, "tracks");

    /// <summary>Copies the data and sets the 五级 theory minimum to <paramref name="theoryMinutes"/>.</summary>
    public static ShortSittingData Create(int theoryMinutes)
    {
        var data = new ShortSittingData(Directory.CreateTempSubdirectory("certengine-short-sitting-").FullName);
        Copy(Repository.Banks, data.Banks);
        Copy(Repository.Tracks, data.Tracks);

        // The draft catalogue entry and the published version both carry the minimum; a sitting reads the version's.
        Replace(Path.Combine(data.Banks, "4-10-01-06", "occupation.yaml"),
            "5: { theory: { minutes: 90,", $"5: {{ theory: {{ minutes: {theoryMinutes},");
        Replace(Path.Combine(data.Banks, "4-10-01-06", "versions", "1", "bank.yaml"),
            "  components:\n    5:\n      theory:\n        minutes: 90\n", $"  components:\n    5:\n      theory:\n        minutes: {theoryMinutes}\n");
        return data;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} no longer contains '{from}': update {nameof(ShortSittingData)} to the new layout.");
        }

        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
