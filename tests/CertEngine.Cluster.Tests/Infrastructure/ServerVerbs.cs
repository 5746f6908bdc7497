using System.Diagnostics;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>The server's command-line verbs, run as separate processes.</summary>
public static class ServerVerbs
{
    /// <summary>Runs <c>migrate --postgres CONNSTR</c> and fails with its output unless it exits 0.</summary>
    public static async Task MigrateAsync(string connectionString)
    {
        using var migrate = Process.Start(new ProcessStartInfo("dotnet", [Repository.ServerDll, "migrate", "--postgres", connectionString])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = migrate.StandardOutput.ReadToEndAsync();
        var error = migrate.StandardError.ReadToEndAsync();
        await migrate.WaitForExitAsync();
        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"migrate failed ({migrate.ExitCode}): {await output}{await error}");
        }
    }
}
