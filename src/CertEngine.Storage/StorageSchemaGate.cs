using Microsoft.Extensions.Logging;

namespace CertEngine.Storage;

/// <summary>
/// Runs before any storage, reminder or membership provider opens the database: embedded mode migrates the SQLite
/// file, cluster mode only checks the PostgreSQL schema and stops the silo when it is older than this build needs.
/// </summary>
internal sealed class StorageSchemaGate(StorageSettings settings, ILogger<StorageMigrator> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    // Before RuntimeInitialize, where membership starts; grain storage (10000) and reminders come later still.
    internal const int Stage = ServiceLifecycleStage.RuntimeInitialize - 100;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StorageSchemaGate), Stage, EnsureSchemaAsync);

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var migrator = new StorageMigrator(settings, logger);
        if (settings is StorageSettings.Embedded)
        {
            var report = await migrator.MigrateAsync(cancellationToken);
            logger.SchemaCurrent(report.SchemaVersion, settings.Dialect);
            return;
        }

        // A cluster's schema changes only through the `migrate` verb: silos starting together must not race to
        // alter a database other silos are serving from.
        switch (await migrator.CheckAsync(cancellationToken))
        {
            case SchemaCheck.Current current:
                logger.SchemaCurrent(current.Version, settings.Dialect);
                break;
            case SchemaCheck.Ahead ahead:
                logger.SchemaAhead(ahead.Version, string.Join(",", ahead.UnknownVersions));
                break;
            case SchemaCheck.Outdated outdated:
                logger.SchemaOutdated(outdated.Version, outdated.MissingNames);
                throw new StorageSchemaOutdatedException(outdated);
        }
    }
}
