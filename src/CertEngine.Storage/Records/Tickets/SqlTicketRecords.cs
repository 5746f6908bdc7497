using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Tickets;

/// <summary><see cref="ITicketRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for both.</summary>
public sealed class SqlTicketRecords(StorageSettings settings) : ITicketRecords
{
    /// <inheritdoc />
    public async Task PutAsync(string sessionId, string trackKey, IReadOnlyList<SeatTicket> seats, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(trackKey);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seats.Count, ITicketRecords.MaxSeats);
        if (seats.Count == 0)
        {
            return;
        }

        var addedUs = AuditChain.MicrosecondsOf(at);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginesittingtickets (sessionid, idnumber, ticketkey, ticket, trackkey, addedus) " +
            "VALUES (@sessionId, @IdNumber, @TicketKey, @Ticket, @trackKey, @addedUs) " +
            "ON CONFLICT (sessionid, idnumber, ticketkey) DO UPDATE SET ticket = excluded.ticket, trackkey = excluded.trackkey;",
            seats.Select(s => new { sessionId, s.IdNumber, TicketKey = KeyOf(s.Ticket), Ticket = s.Ticket.Trim(), trackKey, addedUs }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string sessionId, IReadOnlyList<SeatTicket> seats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seats.Count, ITicketRecords.MaxSeats);
        if (seats.Count == 0)
        {
            return;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM certenginesittingtickets WHERE sessionid = @sessionId AND idnumber = @IdNumber AND ticketkey = @TicketKey;",
            seats.Select(s => new { sessionId, s.IdNumber, TicketKey = KeyOf(s.Ticket) }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SittingTicketRow>> OfSittingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT sessionid AS SessionId, idnumber AS IdNumber, ticket AS Ticket, ticketkey AS TicketKey, trackkey AS TrackKey, addedus AS AddedUs " +
            "FROM certenginesittingtickets WHERE sessionid = @sessionId ORDER BY ticketkey, idnumber LIMIT @take;",
            new { sessionId, take = (long)ITicketRecords.MaxTake }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SittingTicketRow(r.SessionId, r.IdNumber, r.Ticket, r.TicketKey, r.TrackKey, AuditChain.At(r.AddedUs)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> HoldersAsync(string part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT idnumber FROM certenginesittingtickets WHERE ticketkey LIKE @pattern ESCAPE '\\' ORDER BY idnumber LIMIT @take;",
            new { pattern = Contains(part), take = (long)ITicketRecords.MaxTake }, cancellationToken: cancellationToken))];
    }

    /// <inheritdoc />
    public async Task<bool> IsBackfilledAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certenginebackfills WHERE name = @name;", new { name }, cancellationToken: cancellationToken)) > 0;
    }

    /// <inheritdoc />
    public async Task MarkBackfilledAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginebackfills (name, doneus) VALUES (@name, @doneUs) ON CONFLICT DO NOTHING;",
            new { name, doneUs = AuditChain.MicrosecondsOf(at) }, cancellationToken: cancellationToken));
    }

    /// <summary>The LIKE pattern (with <c>\</c> as escape) of a ticket key containing <paramref name="part"/>.</summary>
    internal static string Contains(string part) =>
        "%" + KeyOf(part).Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static string KeyOf(string ticket) => ticket.Trim().ToUpperInvariant();

    // Dapper's target, filled through setters: the two dialects return integers in their own widths.
    private sealed class Row
    {
        public string SessionId { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Ticket { get; set; } = "";
        public string TicketKey { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public long AddedUs { get; set; }
    }
}
