using System.Data.Common;
using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Batches;

/// <summary><see cref="IBatchRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlBatchRecords(StorageSettings settings) : IBatchRecords
{
    private const string DateFormat = "yyyy-MM-dd";

    // One IN list per this many ids: well under both dialects' limits on parameters.
    private const int Chunk = 500;

    private const string BatchColumns =
        "SELECT batchid AS BatchId, trackkey AS TrackKey, name AS Name, centre AS Centre, firstday AS FirstDay, lastday AS LastDay, " +
        "createdby AS CreatedBy, createdus AS CreatedUs FROM certenginebatches ";

    /// <inheritdoc />
    public async Task<bool> CreateAsync(BatchRow batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginebatches (batchid, trackkey, name, centre, firstday, lastday, createdby, createdus) " +
            "VALUES (@BatchId, @TrackKey, @Name, @Centre, @FirstDay, @LastDay, @CreatedBy, @CreatedUs) ON CONFLICT DO NOTHING;",
            new
            {
                batch.BatchId, batch.TrackKey, batch.Name, batch.Centre, FirstDay = Text(batch.FirstDay), LastDay = Text(batch.LastDay),
                batch.CreatedBy, CreatedUs = AuditChain.MicrosecondsOf(batch.CreatedAt),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<BatchRow?> FindAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<BatchRecord>(new CommandDefinition(
            BatchColumns + "WHERE batchid = @batchId;", new { batchId }, cancellationToken: cancellationToken));
        return row?.ToRow();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchRow>> ListAsync(string? trackKey, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<BatchRecord>(new CommandDefinition(
            BatchColumns + (trackKey is null ? "" : "WHERE trackkey = @trackKey ") + "ORDER BY firstday DESC, batchid LIMIT @take OFFSET @skip;",
            new { trackKey, take = Take(take), skip = (long)Math.Max(0, skip) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRow())];
    }

    /// <inheritdoc />
    public async Task<BatchConflict?> AdmitAsync(string batchId, string sessionId, IReadOnlyList<BatchMember> seats, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seats.Count, IBatchRecords.MaxSeats, nameof(seats));
        var addedUs = AuditChain.MicrosecondsOf(at);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM certenginebatches WHERE batchid = @batchId;", new { batchId }, transaction, cancellationToken: cancellationToken)) == 0)
        {
            return new BatchConflict.NoSuchBatch();
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginebatchsittings (sessionid, batchid, addedus) VALUES (@sessionId, @batchId, @addedUs) ON CONFLICT DO NOTHING;",
            new { sessionId, batchId, addedUs }, transaction, cancellationToken: cancellationToken));
        var owner = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT batchid FROM certenginebatchsittings WHERE sessionid = @sessionId;", new { sessionId }, transaction, cancellationToken: cancellationToken));
        if (owner != batchId)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new BatchConflict.SittingElsewhere(owner ?? "");
        }

        // Insert what is new, then read back: a row that is not the seat's means the candidate or the number was taken
        // (perhaps by another sitting at the same moment: the unique keys decide, and the whole admission rolls back).
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginebatchmembers (batchid, idnumber, ticket, ticketkey, addedus) VALUES (@batchId, @IdNumber, @Ticket, @TicketKey, @addedUs) ON CONFLICT DO NOTHING;",
            seats.Select(s => new { batchId, s.IdNumber, Ticket = s.Ticket.Trim(), TicketKey = KeyOf(s.Ticket), addedUs }),
            transaction, cancellationToken: cancellationToken));
        var held = await TicketsAsync(connection, transaction, batchId, [.. seats.Select(s => s.IdNumber)], cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seat in seats)
        {
            BatchConflict? conflict = !held.TryGetValue(seat.IdNumber, out var own) ? new BatchConflict.TicketTaken(seat.Ticket.Trim())
                : KeyOf(own) == KeyOf(seat.Ticket) ? null : new BatchConflict.CandidateHoldsAnother(seat.IdNumber, own);
            conflict ??= seen.Add(KeyOf(seat.Ticket)) ? null : new BatchConflict.TicketTaken(seat.Ticket.Trim());
            if (conflict is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return conflict;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <inheritdoc />
    public async Task<string?> BatchOfSittingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT batchid FROM certenginebatchsittings WHERE sessionid = @sessionId;", new { sessionId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SittingsAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT sessionid FROM certenginebatchsittings WHERE batchid = @batchId ORDER BY addedus, sessionid LIMIT @take;",
            new { batchId, take = (long)IBatchRecords.MaxSittings }, cancellationToken: cancellationToken))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchMember>> MembersAsync(string batchId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<MemberRecord>(new CommandDefinition(
            "SELECT idnumber AS IdNumber, ticket AS Ticket FROM certenginebatchmembers WHERE batchid = @batchId ORDER BY ticketkey LIMIT @take OFFSET @skip;",
            new { batchId, take = Take(take), skip = (long)Math.Max(0, skip) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new BatchMember(r.IdNumber, r.Ticket))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> TicketsOfAsync(string batchId, IReadOnlyList<string> idNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await TicketsAsync(connection, null, batchId, idNumbers, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountMembersAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certenginebatchmembers WHERE batchid = @batchId;", new { batchId }, cancellationToken: cancellationToken));
    }

    private static async Task<Dictionary<string, string>> TicketsAsync(DbConnection connection, DbTransaction? transaction, string batchId, IReadOnlyList<string> idNumbers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in idNumbers.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var names = chunk.Select((_, i) => "@i" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var parameters = new DynamicParameters();
            parameters.Add("batchId", batchId);
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add(names[i], chunk[i]);
            }

            foreach (var row in await connection.QueryAsync<MemberRecord>(new CommandDefinition(
                $"SELECT idnumber AS IdNumber, ticket AS Ticket FROM certenginebatchmembers WHERE batchid = @batchId AND idnumber IN ({string.Join(", ", names)});",
                parameters, transaction, cancellationToken: cancellationToken)))
            {
                found[row.IdNumber] = row.Ticket;
            }
        }

        return found;
    }

    private static string KeyOf(string ticket) => ticket.Trim().ToUpperInvariant();

    private static long Take(int take) => Math.Clamp(take, 0, IBatchRecords.MaxTake);

    private static string Text(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class BatchRecord
    {
        public string BatchId { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string Name { get; set; } = "";
        public string Centre { get; set; } = "";
        public string FirstDay { get; set; } = "";
        public string LastDay { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public long CreatedUs { get; set; }

        public BatchRow ToRow() => new(BatchId, TrackKey, Name, Centre, Date(FirstDay), Date(LastDay), CreatedBy,
            AuditChain.At(CreatedUs));

        private static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
    }

    private sealed class MemberRecord
    {
        public string IdNumber { get; set; } = "";
        public string Ticket { get; set; } = "";
    }
}
