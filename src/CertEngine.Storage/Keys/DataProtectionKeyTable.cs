namespace CertEngine.Storage.Keys;

/// <summary>
/// ASP.NET Core Data Protection's key elements in the store (table <c>certenginedataprotectionkeys</c>, migration
/// 0002), so that every process on the same store protects and unprotects cookies and anti-forgery tokens alike.
/// Synchronous, because Data Protection's repository contract is.
/// </summary>
public sealed class DataProtectionKeyTable
{
    // Any constant works; every silo creating the first Data Protection key of one database must use the same one.
    private const long PostgresFirstKeyLock = 0x43_45_44_50_4B_45_59_53; // "CEDPKEYS"

    private readonly StorageSettings _settings;

    /// <summary>Creates the table accessor for the store <paramref name="settings"/> points at (already migrated).</summary>
    public DataProtectionKeyTable(StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>Every stored element's XML text, in the order stored.</summary>
    public IReadOnlyList<string> ReadAll()
    {
        using var connection = StorageConnections.Open(_settings);
        using var command = SigningKeyTable.Command(connection, null, "SELECT xml FROM certenginedataprotectionkeys ORDER BY id;");
        using var reader = command.ExecuteReader();
        var elements = new List<string>();
        while (reader.Read())
        {
            elements.Add(reader.GetString(0));
        }

        return elements;
    }

    /// <summary>Adds one element.</summary>
    /// <param name="friendlyName">The name Data Protection gives the element (e.g. <c>key-{guid}</c>), if any.</param>
    /// <param name="xml">The element's XML text.</param>
    public void Store(string? friendlyName, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var connection = StorageConnections.Open(_settings);
        using var command = SigningKeyTable.Command(connection, null, "INSERT INTO certenginedataprotectionkeys (friendlyname, xml) VALUES (@friendlyname, @xml);");
        SigningKeyTable.Parameter(command, "friendlyname", friendlyName);
        SigningKeyTable.Parameter(command, "xml", xml);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs <paramref name="action"/> while no other process on the same PostgreSQL database runs it (a session advisory
    /// lock held on a connection of its own), so silos starting together create one first key between them. The
    /// embedded store has one server process per data folder and needs no lock.
    /// </summary>
    public async Task RunExclusiveAsync(Func<Task> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_settings.Dialect != StorageDialect.Postgres)
        {
            await action();
            return;
        }

        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        await using (var take = SigningKeyTable.Command(connection, null, $"SELECT pg_advisory_lock({PostgresFirstKeyLock});"))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await action();
        }
        finally
        {
            await using var release = SigningKeyTable.Command(connection, null, $"SELECT pg_advisory_unlock({PostgresFirstKeyLock});");
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
