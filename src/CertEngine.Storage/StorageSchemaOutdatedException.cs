namespace CertEngine.Storage;

/// <summary>
/// Thrown when a silo starts on a PostgreSQL database whose schema is older than this build needs. The message
/// names the missing migrations and the command that applies them.
/// </summary>
public sealed class StorageSchemaOutdatedException : Exception
{
    /// <summary>Creates the exception from the check that failed.</summary>
    /// <param name="check">The outdated schema found.</param>
    public StorageSchemaOutdatedException(SchemaCheck.Outdated check)
        : base(
            $"The PostgreSQL schema is at version {check.Version} but this server needs version "
            + $"{check.Missing[^1].Version}; missing migration(s): {check.MissingNames}. "
            + "Run: certengine migrate --postgres \"<connection string>\", then start the server again.")
    {
        Check = check;
    }

    /// <summary>The outdated schema found.</summary>
    public SchemaCheck.Outdated Check { get; }
}
