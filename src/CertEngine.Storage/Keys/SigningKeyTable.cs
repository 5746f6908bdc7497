using System.Data.Common;
using System.Globalization;

namespace CertEngine.Storage.Keys;

/// <summary>
/// The certificate signing keys in the store (table <c>certenginesigningkeys</c>, migration 0002): in the SQLite file
/// of an embedded server, or in the PostgreSQL database every silo of a cluster shares. Rows are only ever added.
/// </summary>
public sealed class SigningKeyTable
{
    // Any constant works; every process initialising the keys of one PostgreSQL database must use the same one.
    private const long PostgresFirstKeyLock = 0x43_45_4B_45_59_52_4E_47; // "CEKEYRNG"

    private const string SelectAll = "SELECT id, keyid, privatekey, origin, createdat FROM certenginesigningkeys ORDER BY id;";

    private readonly StorageSettings _settings;

    /// <summary>Creates the table accessor for the store <paramref name="settings"/> points at (already migrated).</summary>
    public SigningKeyTable(StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>Every stored key, oldest first.</summary>
    public async Task<IReadOnlyList<StoredSigningKey>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectAll;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<StoredSigningKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(ReadRow(reader));
        }

        return keys;
    }

    /// <summary>
    /// Every stored key, oldest first, read with blocking calls: for a verification that meets an unknown key id on a
    /// synchronous path.
    /// </summary>
    public IReadOnlyList<StoredSigningKey> Read()
    {
        using var connection = StorageConnections.Open(_settings);
        using var command = connection.CreateCommand();
        command.CommandText = SelectAll;
        using var reader = command.ExecuteReader();
        var keys = new List<StoredSigningKey>();
        while (reader.Read())
        {
            keys.Add(ReadRow(reader));
        }

        return keys;
    }

    /// <summary>
    /// Stores the <paramref name="imports"/> the table lacks (by key id), then <paramref name="firstKey"/> when the
    /// table is still empty, in one transaction that processes doing the same serialise on (a PostgreSQL advisory
    /// lock; SQLite's write lock): silos starting together store one first key, not one each.
    /// </summary>
    /// <param name="imports">Keys of an older data folder's PEM files, oldest first; stored as imported.</param>
    /// <param name="firstKey">A fresh key, stored as generated only if the table holds no key at all.</param>
    /// <param name="cancellationToken">Cancels the transaction.</param>
    public async Task<SigningKeySetup> EnsureAsync(IReadOnlyList<NewSigningKey> imports, NewSigningKey firstKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(firstKey);
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);

        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken before the count is read.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_settings.Dialect == StorageDialect.Postgres)
        {
            await using var exclusive = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresFirstKeyLock});");
            await exclusive.ExecuteNonQueryAsync(cancellationToken);
        }

        var imported = 0;
        foreach (var key in imports)
        {
            imported += await InsertAsync(connection, transaction, key, SigningKeyOrigin.Imported, cancellationToken);
        }

        await using var count = Command(connection, transaction, "SELECT count(*) FROM certenginesigningkeys;");
        var empty = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
        if (empty)
        {
            await InsertAsync(connection, transaction, firstKey, SigningKeyOrigin.Generated, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SigningKeySetup(imported, empty, await ReadAsync(cancellationToken));
    }

    /// <summary>Stores a newly generated key (rotation): from the next refresh of each server it signs.</summary>
    /// <returns>False when a key with the same id is already stored (nothing changes).</returns>
    public async Task<bool> AddAsync(NewSigningKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        return await InsertAsync(connection, null, key, SigningKeyOrigin.Generated, cancellationToken) == 1;
    }

    private async Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, NewSigningKey key, SigningKeyOrigin origin, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO certenginesigningkeys (keyid, privatekey, origin, createdat) VALUES (@keyid, @privatekey, @origin, @createdat)
            ON CONFLICT (keyid) DO NOTHING;
            """);
        Parameter(insert, "keyid", key.KeyId);
        Parameter(insert, "privatekey", key.PrivateKeyPem);
        Parameter(insert, "origin", origin == SigningKeyOrigin.Generated ? "generated" : "imported");
        Parameter(insert, "createdat", _settings.Dialect == StorageDialect.Sqlite
            ? key.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)
            : key.CreatedAt.ToUniversalTime());
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredSigningKey ReadRow(DbDataReader reader) => new(
        Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3) == "generated" ? SigningKeyOrigin.Generated : SigningKeyOrigin.Imported,
        reader.GetValue(4) switch
        {
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTimeOffset time => time,
            var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        });

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static void Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
