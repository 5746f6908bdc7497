using System.Data.Common;
using CertEngine.Storage.Sqlite;
using Npgsql;

namespace CertEngine.Storage;

/// <summary>Opens a plain ADO.NET connection for the migrator.</summary>
internal static class StorageConnections
{
    public static async Task<DbConnection> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        DbConnection connection = settings switch
        {
            StorageSettings.Embedded embedded => CreateSqlite(embedded),
            StorageSettings.Postgres postgres => new NpgsqlConnection(postgres.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.GetType().Name, "Unknown storage settings."),
        };
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static DurableSqliteConnection CreateSqlite(StorageSettings.Embedded embedded)
    {
        Directory.CreateDirectory(embedded.DataDirectory);
        return (DurableSqliteConnection)new DurableSqliteDataSource(embedded.DatabasePath).CreateConnection();
    }
}
