using CertEngine.Storage.Sqlite;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CertEngine.Storage.Tests.Contract;

/// <summary>The storage contract on a real SQLite file in a temporary directory, plus what only SQLite has.</summary>
public sealed class SqliteStorageTests(SqliteTarget target) : StorageContractTests(target), IClassFixture<SqliteTarget>
{
    [StorageFact]
    public async Task MigrateAsync_MissingDataDirectory_CreatesDirectoryAndFileInWalMode()
    {
        var settings = (StorageSettings.Embedded)await Target.CreateEmptyDatabaseAsync();
        Assert.False(Directory.Exists(settings.DataDirectory));

        await Migrator(settings).MigrateAsync();

        Assert.True(File.Exists(settings.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={settings.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [StorageFact]
    public async Task DurableSqliteConnection_Open_SetsSynchronousFullEvenOnAPooledHandle()
    {
        var settings = (StorageSettings.Embedded)await MigratedDatabaseAsync();
        await using var connection = new DurableSqliteDataSource(settings.DatabasePath).CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // SQLite's own default is already FULL; lowering it on the pooled handle shows that Open sets it again.
        command.CommandText = "PRAGMA synchronous = OFF;";
        await command.ExecuteNonQueryAsync();
        await connection.CloseAsync();
        await connection.OpenAsync();
        command.CommandText = "PRAGMA synchronous;";

        var synchronous = (long?)await command.ExecuteScalarAsync();

        Assert.Equal(2L, synchronous);
    }

    [StorageFact]
    public async Task CheckAsync_MissingFile_ReportsOutdatedWithoutCreatingIt()
    {
        var settings = (StorageSettings.Embedded)await Target.CreateEmptyDatabaseAsync();

        var check = await Migrator(settings).CheckAsync();

        Assert.IsType<SchemaCheck.Outdated>(check);
        Assert.False(File.Exists(settings.DatabasePath));
    }

    [StorageFact]
    public async Task AddCertEngineStorage_Embedded_MigratesTheFileOnStart()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();

        await using (var silo = await TestSilo.StartAsync(settings))
        {
            await silo.Grains.GetGrain<IScratchpadGrain>(Guid.NewGuid()).SaveAsync("first answer");
        }

        Assert.IsType<SchemaCheck.Current>(await Migrator(settings).CheckAsync());
    }
}
