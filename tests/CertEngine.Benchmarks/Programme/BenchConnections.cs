using System.Data.Common;
using CertEngine.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CertEngine.Benchmarks.Programme;

/// <summary>A plain connection to a record store, for the statements the benchmark runs itself (reads only).</summary>
internal static class BenchConnections
{
    public static async Task<DbConnection> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        DbConnection connection = settings is StorageSettings.Embedded embedded
            ? new SqliteConnection($"Data Source={embedded.DatabasePath}")
            : new NpgsqlConnection(((StorageSettings.Postgres)settings).ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
