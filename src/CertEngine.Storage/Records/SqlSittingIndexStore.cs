using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records;

/// <summary><see cref="ISittingIndexStore"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper.</summary>
public sealed class SqlSittingIndexStore(StorageSettings settings) : ISittingIndexStore
{
    /// <summary>The longest list <see cref="ListAsync"/> returns.</summary>
    public const int MaxTake = 1_000;

    // The index whose centres the record store's reports read (every sitting, under '*').
    private const string ProgrammeIndexKey = "*";

    /// <inheritdoc />
    public async Task PutAsync(string indexKey, IReadOnlyList<SittingRow> sittings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sittings);
        if (sittings.Count == 0)
        {
            return;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginesittingindex (indexkey, sessionid, trackkey, component, centre, room, startsus) " +
            "VALUES (@indexKey, @SessionId, @TrackKey, @Component, @Centre, @Room, @StartsUs) " +
            "ON CONFLICT (indexkey, sessionid) DO UPDATE SET trackkey = excluded.trackkey, component = excluded.component, " +
            "centre = excluded.centre, room = excluded.room, startsus = excluded.startsus;",
            sittings.Select(s => new { indexKey, s.SessionId, s.TrackKey, s.Component, s.Centre, s.Room, StartsUs = AuditChain.MicrosecondsOf(s.StartsAt) }),
            transaction, cancellationToken: cancellationToken));
        if (indexKey == ProgrammeIndexKey)
        {
            // The programme report's home centres (migration 0018) follow a sitting's centre, in the same transaction.
            foreach (var sitting in sittings)
            {
                await Programmes.ProgrammePeople.RefreshSittingAsync(connection, transaction, sitting.SessionId, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string indexKey, string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM certenginesittingindex WHERE indexkey = @indexKey AND sessionid = @sessionId;", new { indexKey, sessionId }, transaction,
            cancellationToken: cancellationToken));
        if (indexKey == ProgrammeIndexKey)
        {
            await Programmes.ProgrammePeople.RefreshSittingAsync(connection, transaction, sessionId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SittingRow>> ListAsync(string indexKey, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT sessionid, trackkey, component, centre, room, startsus FROM certenginesittingindex WHERE indexkey = @indexKey " +
            "ORDER BY startsus DESC, sessionid LIMIT @take;",
            new { indexKey, take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken));
        return rows.Select(r => new SittingRow(r.SessionId, r.TrackKey, (int)r.Component, r.Centre, r.Room, AuditChain.At(r.StartsUs))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SessionIdsAfterAsync(string indexKey, string after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(after);
        // Code-point order in both dialects, so that "after" means the same on SQLite and PostgreSQL.
        var order = settings.Dialect == StorageDialect.Postgres ? "sessionid COLLATE \"C\"" : "sessionid";
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT sessionid FROM certenginesittingindex WHERE indexkey = @indexKey AND {order} > @after ORDER BY {order} LIMIT @take;",
            new { indexKey, after, take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken))];
    }

    private sealed record Row(string SessionId, string TrackKey, long Component, string Centre, string Room, long StartsUs);
}
