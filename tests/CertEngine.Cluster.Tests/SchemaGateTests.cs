using CertEngine.Cluster.Tests.Infrastructure;

namespace CertEngine.Cluster.Tests;

/// <summary>The real server started on a PostgreSQL database whose schema is older than it needs.</summary>
public sealed class SchemaGateTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-gate-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [PostgresFact]
    public async Task Server_OnAnUnmigratedDatabase_RefusesToStartNamingTheMigrateCommandThenStartsOnceMigrated()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var ports = ServerPorts.Free();
        string[] arguments = ["--postgres", database.ConnectionString, "--banks", Repository.Banks, "--tracks", Repository.Tracks,
            "--data", _data];

        int exitCode;
        string refusal;
        await using (var refused = ServerProcess.Start(ports, arguments))
        {
            exitCode = await refused.WaitForExitAsync(TimeSpan.FromSeconds(90));
            refusal = string.Join(Environment.NewLine, refused.Lines);
        }

        await ServerVerbs.MigrateAsync(database.ConnectionString);
        await using var migrated = ServerProcess.Start(ports, arguments);
        await migrated.WaitUntilHealthyAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("missing migration(s) 0001_orleans_providers", refusal, StringComparison.Ordinal);
        Assert.Contains("Run: certengine migrate --postgres", refusal, StringComparison.Ordinal);
        // Only the migrated start joined the cluster: the refused one never wrote a membership row.
        Assert.Equal([MembershipRow.Active], await database.QueryAsync<int>("SELECT status FROM orleansmembership;"));
    }
}
