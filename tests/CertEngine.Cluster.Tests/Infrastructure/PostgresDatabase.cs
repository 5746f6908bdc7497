using Npgsql;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>A fresh, empty database with a random name on a PostgreSQL server, dropped on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>Connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the database on the server of ./test.sh.</summary>
    public static Task<PostgresDatabase> CreateAsync()
    {
        Prerequisites.Require(Prerequisites.MissingPostgresServer);
        return CreateAsync(Prerequisites.PostgresServer!);
    }

    /// <summary>Creates the database on the given server (a superuser connection string).</summary>
    public static async Task<PostgresDatabase> CreateAsync(string server)
    {
        var name = $"certengine_cluster_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(server, name);
    }

    /// <summary>Runs one query and returns its first column as a list.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync();
    }
}
