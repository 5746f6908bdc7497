using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>Several server processes in cluster mode on one PostgreSQL database, and what the database says about them.</summary>
public sealed class PostgresCluster(PostgresDatabase database, ShortSittingData data, ITestOutputHelper output) : IAsyncDisposable
{
    // Fast failure detection for the test only, through configuration, as an operator would set it (docs/operations.md).
    private static readonly string[] FastMembership =
    [
        "--CertEngine:Membership:ProbeTimeout", "00:00:01",
        "--CertEngine:Membership:NumMissedProbesLimit", "2",
        "--CertEngine:Membership:TableRefreshTimeout", "00:00:05",
    ];

    private readonly List<ServerProcess> _servers = [];

    // In cluster mode a silo's data folder holds nothing the cluster needs: keys live in the database.
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-cluster-").FullName;

    public IReadOnlyList<ServerProcess> Servers => _servers;

    /// <summary>Starts one server per port set, all at once, and waits until each is healthy.</summary>
    /// <param name="ports">One port set per server.</param>
    /// <param name="arguments">Further switches given to every server.</param>
    public async Task StartAsync(IReadOnlyList<ServerPorts> ports, params string[] arguments)
    {
        var started = ports.Select(p => ServerProcess.Start(p,
        [
            "--postgres", database.ConnectionString,
            "--data", Path.Combine(_data, p.Silo.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "--banks", data.Banks,
            "--tracks", data.Tracks,
            .. FastMembership,
            .. arguments,
        ])).ToList();
        _servers.AddRange(started);
        await Task.WhenAll(started.Select(server => server.WaitUntilHealthyAsync()));
    }

    /// <summary>The membership rows of the cluster, newest generation last.</summary>
    public async Task<List<MembershipRow>> MembersAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT port, generation, status FROM orleansmembership WHERE deploymentid = 'certengine' ORDER BY generation;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var members = new List<MembershipRow>();
        while (await reader.ReadAsync())
        {
            members.Add(new MembershipRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return members;
    }

    /// <summary>Polls the membership table until <paramref name="holds"/> is true of it; fails after <paramref name="timeout"/>.</summary>
    /// <returns>How long it took.</returns>
    public async Task<TimeSpan> WaitForMembershipAsync(Func<List<MembershipRow>, bool> holds, string expectation, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        List<MembershipRow> members;
        do
        {
            members = await MembersAsync();
            if (holds(members))
            {
                return watch.Elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        while (watch.Elapsed < timeout);

        throw new TimeoutException($"Membership never reached '{expectation}' within {timeout.TotalSeconds:0} s; last rows: {string.Join("; ", members)}");
    }

    /// <summary>Polls until no reminder named <paramref name="reminder"/> is left; fails after <paramref name="timeout"/>.</summary>
    /// <returns>How long it took.</returns>
    public async Task<TimeSpan> WaitUntilNoReminderAsync(string reminder, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        long left;
        do
        {
            left = (await database.QueryAsync<long>($"SELECT count(*) FROM orleansreminders WHERE remindername = '{reminder}';"))[0];
            if (left == 0)
            {
                return watch.Elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        while (watch.Elapsed < timeout);

        throw new TimeoutException($"{left} '{reminder}' reminders still registered after {timeout.TotalSeconds:0} s: the deadline did not submit every attempt.");
    }

    /// <summary>SIGKILLs every server still running.</summary>
    public async Task KillAllAsync()
    {
        foreach (var server in _servers)
        {
            await server.KillAsync();
        }
    }

    /// <summary>Kills every server and writes the warnings and errors each one logged to the test output.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
            var problems = server.Lines.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || line.StartsWith("warn:", StringComparison.Ordinal)).ToList();
            output.WriteLine($"server :{server.Ports.Http} logged {problems.Count} warnings and errors{(problems.Count > 0 ? ", the last ones:" : "")}");
            foreach (var line in problems.TakeLast(15))
            {
                output.WriteLine("  " + line);
            }
        }

        Directory.Delete(_data, recursive: true);
    }
}
