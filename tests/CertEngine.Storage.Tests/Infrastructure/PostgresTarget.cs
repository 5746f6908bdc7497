using Npgsql;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>Fresh databases with random names on the PostgreSQL server of ./test.sh, dropped afterwards.</summary>
public sealed class PostgresTarget : StorageTarget
{
    private readonly List<string> _databases = [];

    public override async Task<StorageSettings> CreateEmptyDatabaseAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString());
        var name = $"certengine_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await command.ExecuteNonQueryAsync();
        }

        _databases.Add(name);
        return new StorageSettings.Postgres(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.RequireConnectionString());
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
