using System.Diagnostics;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>The server's command-line verbs, run as separate processes.</summary>
public static class ServerVerbs
{
    /// <summary>Runs <c>migrate --postgres CONNSTR</c> and fails with its output unless it exits 0.</summary>
    public static Task MigrateAsync(string connectionString) => RunAsync("migrate", "--postgres", connectionString);

    /// <summary>Runs <c>keys rotate --postgres CONNSTR</c>, fails unless it exits 0, and returns what it printed.</summary>
    public static Task<string> RotateKeysAsync(string connectionString) => RunAsync("keys", "rotate", "--postgres", connectionString);

    private static async Task<string> RunAsync(params string[] arguments)
    {
        using var verb = Process.Start(new ProcessStartInfo("dotnet", [Repository.ServerDll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = verb.StandardOutput.ReadToEndAsync();
        var error = verb.StandardError.ReadToEndAsync();
        await verb.WaitForExitAsync();
        if (verb.ExitCode != 0)
        {
            throw new InvalidOperationException($"{arguments[0]} failed ({verb.ExitCode}): {await output}{await error}");
        }

        return await output;
    }
}
