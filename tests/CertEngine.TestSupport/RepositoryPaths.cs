namespace CertEngine.TestSupport;

/// <summary>Paths in the repository the running test assembly was built from (the folder holding CertEngine.sln).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped question banks.</summary>
    public static string Banks => Path.Combine(Root, "question-banks");

    /// <summary>The shipped track files.</summary>
    public static string Tracks => Path.Combine(Root, "tracks");

    /// <summary>The shipped certificate templates and issuer files.</summary>
    public static string Certificates => Path.Combine(Root, "certificates");

    /// <summary>The published versions a bank ships with, in order (empty when it ships as a source only).</summary>
    public static IReadOnlyList<int> ShippedVersions(string bankCode)
    {
        var folder = Path.Combine(Banks, bankCode, "versions");
        return Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Where(v => v > 0).Order().ToList()
            : [];
    }

    private static string FindRoot()
    {
        // The test assembly's folder first; the working directory for tools started from the repository (benchmarks).
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CertEngine.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No CertEngine.sln above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
