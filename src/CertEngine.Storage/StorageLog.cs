using Microsoft.Extensions.Logging;

namespace CertEngine.Storage;

/// <summary>Log entries of the storage area (EventIds 7100–7199).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Applied storage migration {Migration} ({Dialect})")]
    public static partial void MigrationApplied(this ILogger logger, string migration, StorageDialect dialect);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Storage schema is current at version {Version} ({Dialect})")]
    public static partial void SchemaCurrent(this ILogger logger, int version, StorageDialect dialect);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Storage schema is at version {Version}, ahead of this build (unknown versions {UnknownVersions}); starting anyway because migrations only add")]
    public static partial void SchemaAhead(this ILogger logger, int version, string unknownVersions);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Critical, Message = "Storage schema is at version {Version}; missing migration(s) {Missing}. Run: certengine migrate --postgres <connection string>")]
    public static partial void SchemaOutdated(this ILogger logger, int version, string missing);
}
