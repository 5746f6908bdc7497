using Microsoft.Data.Sqlite;

namespace CertEngine.Storage.Sqlite;

/// <summary>
/// A SQLite connection that asks for <c>synchronous=FULL</c> every time it opens.
/// </summary>
/// <remarks>
/// The database file is in WAL mode (set once by the migrator; the mode is stored in the file). In WAL mode
/// <c>NORMAL</c> already survives a killed process, but may lose the last commits when the machine loses power;
/// <c>FULL</c> syncs the WAL on every commit, so an answer the candidate saw acknowledged survives a power cut too.
/// One fsync per save is cheap next to a candidate's think time. <c>synchronous</c> is a per-connection setting,
/// hence here rather than in a migration.
/// </remarks>
internal sealed class DurableSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    public override void Open()
    {
        base.Open();
        using var command = CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL;";
        command.ExecuteNonQuery();
    }
}
