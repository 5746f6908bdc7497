namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>The folder holding CertEngine.sln.</summary>
    public static string Root => CertEngine.TestSupport.RepositoryPaths.Root;

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

    public static string Banks => CertEngine.TestSupport.RepositoryPaths.Banks;

    public static string Tracks => CertEngine.TestSupport.RepositoryPaths.Tracks;

    public static string Certificates => CertEngine.TestSupport.RepositoryPaths.Certificates;

}
