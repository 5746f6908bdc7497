namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>
/// Hands out fresh, empty databases of one dialect for one test class, and removes them all afterwards.
/// </summary>
public abstract class StorageTarget : IAsyncLifetime
{
    /// <summary>Creates a new empty database (nothing migrated) and returns settings pointing at it.</summary>
    public abstract Task<StorageSettings> CreateEmptyDatabaseAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();
}
