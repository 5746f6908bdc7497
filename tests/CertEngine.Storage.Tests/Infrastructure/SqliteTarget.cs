using Microsoft.Data.Sqlite;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>SQLite files, each in its own not-yet-existing data directory under one temporary root.</summary>
public sealed class SqliteTarget : StorageTarget
{
    private readonly string _root = Directory.CreateTempSubdirectory("certengine-storage-").FullName;
    private int _next;

    public override Task<StorageSettings> CreateEmptyDatabaseAsync()
    {
        // The directory itself is left for the code under test to create on first use.
        var directory = Path.Combine(_root, $"data{Interlocked.Increment(ref _next)}");
        return Task.FromResult<StorageSettings>(new StorageSettings.Embedded(directory));
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
