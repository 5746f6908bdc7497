namespace CertEngine.Storage;

/// <summary>What <see cref="StorageMigrator.MigrateAsync"/> did.</summary>
/// <param name="Applied">Names of the migrations applied by this run, in order; empty when the schema was already current.</param>
/// <param name="SchemaVersion">The schema version after the run.</param>
public sealed record MigrationReport(IReadOnlyList<string> Applied, int SchemaVersion);
