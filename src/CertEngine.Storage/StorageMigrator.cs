using System.Data.Common;
using System.Globalization;
using CertEngine.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace CertEngine.Storage;

/// <summary>
/// Applies and checks the versioned schema (Orleans' <c>OrleansQuery</c> contract and the tables behind it) of one
/// database. Applied versions are recorded in <c>certengine_schema_version</c>.
/// </summary>
public sealed class StorageMigrator
{
    /// <summary>The table recording applied migrations: one row per version.</summary>
    public const string VersionTable = "certengine_schema_version";

    // Any constant works; it only has to be the same for every process migrating the same PostgreSQL database.
    private const long PostgresMigrationLockKey = 0x43_45_53_43_48_45_4D_41; // "CESCHEMA"

    private readonly StorageSettings _settings;
    private readonly ILogger<StorageMigrator> _logger;

    /// <summary>Creates a migrator for the database the settings point at, with the migrations this build ships.</summary>
    /// <param name="settings">The database to migrate or check.</param>
    /// <param name="logger">Receives one entry per applied migration.</param>
    public StorageMigrator(StorageSettings settings, ILogger<StorageMigrator> logger)
        : this(settings, logger, MigrationCatalog.For(settings.Dialect))
    {
    }

    internal StorageMigrator(StorageSettings settings, ILogger<StorageMigrator> logger, IReadOnlyList<StorageMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _logger = logger;
        Migrations = migrations;
    }

    /// <summary>The migrations this build ships for the dialect, in version order.</summary>
    public IReadOnlyList<StorageMigration> Migrations { get; }

    /// <summary>The schema version this build needs: the newest shipped migration's version.</summary>
    public int RequiredVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>
    /// Applies every shipped migration the database lacks, all in one transaction, and records each. Running it
    /// again is a no-op. On SQLite it first creates the data directory and the file and switches the file to WAL.
    /// </summary>
    /// <param name="cancellationToken">Cancels the run; the transaction then rolls back.</param>
    /// <returns>The migrations applied by this call and the resulting version.</returns>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        if (_settings.Dialect == StorageDialect.Sqlite)
        {
            await UseWriteAheadLogAsync(connection, cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_settings.Dialect == StorageDialect.Postgres)
        {
            // Two `migrate` runs at once would both see version n and both apply n+1; the lock serialises them.
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresMigrationLockKey});", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, CreateVersionTableSql, cancellationToken);
        var appliedVersions = await ReadAppliedVersionsAsync(connection, transaction, cancellationToken);
        var applied = new List<string>();
        foreach (var migration in Migrations.Where(migration => !appliedVersions.Contains(migration.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {VersionTable} (version, name) VALUES (@version, @name);";
                AddParameter(record, "version", migration.Version);
                AddParameter(record, "name", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            applied.Add(migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var name in applied)
        {
            _logger.MigrationApplied(name, _settings.Dialect);
        }

        var version = Math.Max(RequiredVersion, appliedVersions.Count == 0 ? 0 : appliedVersions.Max());
        return new MigrationReport(applied, version);
    }

    /// <summary>
    /// Compares the database's applied migrations with the shipped ones, without changing anything (a missing
    /// SQLite file is not created).
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><see cref="SchemaCheck.Current"/>, <see cref="SchemaCheck.Outdated"/> naming what is missing, or <see cref="SchemaCheck.Ahead"/>.</returns>
    public async Task<SchemaCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        var appliedVersions = _settings is StorageSettings.Embedded embedded && !File.Exists(embedded.DatabasePath)
            ? []
            : await ReadAppliedVersionsAsync(cancellationToken);
        var version = appliedVersions.Count == 0 ? 0 : appliedVersions.Max();
        var missing = Migrations.Where(migration => !appliedVersions.Contains(migration.Version)).ToList();
        if (missing.Count > 0)
        {
            return new SchemaCheck.Outdated(version, missing);
        }

        var shipped = Migrations.Select(migration => migration.Version).ToHashSet();
        var unknown = appliedVersions.Where(applied => !shipped.Contains(applied)).Order().ToList();
        return unknown.Count > 0 ? new SchemaCheck.Ahead(version, unknown) : new SchemaCheck.Current(version);
    }

    private string CreateVersionTableSql => _settings.Dialect switch
    {
        StorageDialect.Sqlite => $"""
            CREATE TABLE IF NOT EXISTS {VersionTable} (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ) STRICT;
            """,
        _ => $"""
            CREATE TABLE IF NOT EXISTS {VersionTable} (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """,
    };

    private string VersionTableExistsSql => _settings.Dialect switch
    {
        StorageDialect.Sqlite => $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{VersionTable}';",
        _ => $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '{VersionTable}';",
    };

    private async Task<HashSet<int>> ReadAppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = VersionTableExistsSql;
        var count = Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return count == 0 ? [] : await ReadAppliedVersionsAsync(connection, null, cancellationToken);
    }

    private static async Task<HashSet<int>> ReadAppliedVersionsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version FROM {VersionTable};";
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static async Task UseWriteAheadLogAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // The journal mode is stored in the file, so setting it once here covers every later connection.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL mode (journal_mode is '{mode}'); the data directory may be on a file system without shared memory.");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A migration may fill a new table from every stored fact (0016, 0018): it runs once and must not be cut off by
        // the driver's default 30 s command timeout on a large store.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
