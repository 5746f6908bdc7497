using System.Data.Common;
using CertEngine.Storage.Sqlite;
using Npgsql;

namespace CertEngine.Storage;

/// <summary>Opens a plain ADO.NET connection for the migrator and the key tables.</summary>
internal static class StorageConnections
{
    public static async Task<DbConnection> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        var connection = Create(settings);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Data Protection's key repository is synchronous by contract; a plain blocking open is what it can use.
    public static DbConnection Open(StorageSettings settings)
    {
        var connection = Create(settings);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static DbConnection Create(StorageSettings settings) => settings switch
    {
        StorageSettings.Embedded embedded => CreateSqlite(embedded),
        StorageSettings.Postgres postgres => new NpgsqlConnection(postgres.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.GetType().Name, "Unknown storage settings."),
    };

    private static DurableSqliteConnection CreateSqlite(StorageSettings.Embedded embedded)
    {
        Directory.CreateDirectory(embedded.DataDirectory);
        return (DurableSqliteConnection)new DurableSqliteDataSource(embedded.DatabasePath).CreateConnection();
    }
}
