using CertEngine.Storage.Tests.Infrastructure;
using Npgsql;

namespace CertEngine.Storage.Tests.Contract;

/// <summary>
/// The storage contract on the real PostgreSQL that ./test.sh starts (a fresh database per test), plus
/// clustering and the start-up schema check, which only cluster mode has.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStorageTests(PostgresTarget target) : StorageContractTests(target), IClassFixture<PostgresTarget>
{
    private const int ActiveStatus = 3;

    [StorageFact]
    public async Task AddCertEngineStorage_Postgres_SiloJoinsMembershipAsActive()
    {
        var settings = (StorageSettings.Postgres)await MigratedDatabaseAsync();

        await using var silo = await TestSilo.StartAsync(settings);

        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM orleansmembership WHERE deploymentid = 'certengine-tests';", connection);
        Assert.Equal(ActiveStatus, (int?)await command.ExecuteScalarAsync());
    }

    [StorageFact]
    public async Task AddCertEngineStorage_TwoSilosOnOneDatabase_FormOneClusterAndShareState()
    {
        var settings = (StorageSettings.Postgres)await MigratedDatabaseAsync();
        var key = Guid.NewGuid();
        await using var first = await TestSilo.StartAsync(settings);
        await using var second = await TestSilo.StartAsync(settings);

        await first.Grains.GetGrain<IScratchpadGrain>(key).SaveAsync("saved through the first silo");
        var readThroughSecond = await second.Grains.GetGrain<IScratchpadGrain>(key).ReadAsync();

        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM orleansmembership WHERE deploymentid = 'certengine-tests' AND status = {ActiveStatus};", connection);
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync());
        Assert.Equal("saved through the first silo", readThroughSecond);
    }

    [StorageFact]
    public async Task AddCertEngineStorage_PostgresWithoutMigrations_RefusesToStartNamingTheMigration()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();

        var failure = await Record.ExceptionAsync(() => TestSilo.StartAsync(settings));

        var outdated = FindOutdated(failure);
        Assert.Equal(0, outdated.Check.Version);
        Assert.Contains("0001_orleans_providers", outdated.Message, StringComparison.Ordinal);
        Assert.Contains("migrate --postgres", outdated.Message, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task MigrateAsync_TwoRunsAtOnce_ApplyEachMigrationOnce()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();

        var reports = await Task.WhenAll(Migrator(settings).MigrateAsync(), Migrator(settings).MigrateAsync());

        Assert.Equal(Migrator(settings).Migrations.Select(migration => migration.Name), reports.SelectMany(report => report.Applied));
    }

    private static StorageSchemaOutdatedException FindOutdated(Exception? failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is StorageSchemaOutdatedException outdated)
            {
                return outdated;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected StorageSchemaOutdatedException, got {failure}");
    }
}
