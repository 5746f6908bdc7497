using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CertEngine.Storage.Sqlite;

/// <summary>
/// Hands Orleans' ADO.NET providers <see cref="DurableSqliteConnection"/>s on one database file.
/// </summary>
internal sealed class DurableSqliteDataSource : DbDataSource
{
    private readonly string _connectionString;

    public DurableSqliteDataSource(string databasePath)
    {
        // Pooling keeps the file's page cache warm between calls; the default command timeout (30 s) is also how
        // long a writer waits for the single SQLite write lock before failing.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public override string ConnectionString => _connectionString;

    protected override DbConnection CreateDbConnection() => new DurableSqliteConnection(_connectionString);
}
