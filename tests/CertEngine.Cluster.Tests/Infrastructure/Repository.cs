namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>The folder holding CertEngine.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The server dll built in the same configuration as this test assembly (the project reference builds it first).
    /// </summary>
    public static string ServerDll
    {
        get
        {
            // bin/<Configuration>/<framework>/ of this assembly.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(Root, "src", "CertEngine.Server", "bin", configuration, framework.Name, "CertEngine.Server.dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"The server is not built at {dll}: build the solution (dotnet build) before running these tests.");
        }
    }

    public static string Banks => Path.Combine(Root, "question-banks");

    public static string Tracks => Path.Combine(Root, "tracks");

    public static string Certificates => Path.Combine(Root, "certificates");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CertEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CertEngine.sln above {AppContext.BaseDirectory}.");
    }
}
