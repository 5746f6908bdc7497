using System.Diagnostics;
using System.Globalization;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 cluster this test owns, so it can stop and start it (as ./test.sh does: initdb with
/// trust authentication on loopback; run as the postgres user when the tests run as root).
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly string _root;
    private readonly int _port;

    private LocalPostgres(string root, int port)
    {
        _root = root;
        _port = port;
    }

    /// <summary>A superuser connection string to the cluster's <c>postgres</c> database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=certengine;Database=postgres";

    public static async Task<LocalPostgres> StartAsync()
    {
        Prerequisites.Require(Prerequisites.MissingPostgresBinaries);
        var root = Directory.CreateTempSubdirectory("certengine-pg-").FullName;
        if (IsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:", root]);
        }

        var postgres = new LocalPostgres(root, FreePort.Next());
        await RunAsync(Path.Combine(Prerequisites.PostgresBin, "initdb"),
            ["-D", postgres.DataDirectory, "-U", "certengine", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true);
        await postgres.StartAgainAsync();
        return postgres;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Stops the server at once (pg_ctl -m immediate), as a crash or a pulled cable would.</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(Prerequisites.PostgresBin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], asPostgres: true);

    /// <summary>Starts the server on its port and waits until it accepts connections.</summary>
    public Task StartAgainAsync() =>
        RunAsync(Path.Combine(Prerequisites.PostgresBin, "pg_ctl"),
        [
            "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w",
            "-o", string.Create(CultureInfo.InvariantCulture, $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off"),
            "start",
        ], asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        await RunAsync(Path.Combine(Prerequisites.PostgresBin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "stop"], asPostgres: true, check: false);
        Directory.Delete(_root, recursive: true);
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = false, bool check = true)
    {
        var start = asPostgres && IsRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments]) : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
