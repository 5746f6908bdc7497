namespace CertEngine.Storage.Records.Tickets;

/// <summary>
/// Every sitting's admission tickets (准考证号, migration 0021), so that a part of any ticket number finds its holder in
/// the candidate list and the certificate search. The ticket grains keep the binding that sign-in reads; this table is
/// its searchable copy, written by the sitting when it binds its tickets and cleared when it withdraws them. A table,
/// never grain state: it grows with candidates.
/// </summary>
public interface ITicketRecords
{
    /// <summary>The most rows one read returns, and the most holders one ticket part finds.</summary>
    const int MaxTake = 500;

    /// <summary>The most seats one write takes (the largest roster).</summary>
    const int MaxSeats = 5_000;

    /// <summary>
    /// Records the tickets of <paramref name="seats"/> on sitting <paramref name="sessionId"/> of track
    /// <paramref name="trackKey"/>. Idempotent: a seat already recorded with the same ticket key keeps its row (the number
    /// as written and the track follow the latest write; the time of the first stays).
    /// </summary>
    Task PutAsync(string sessionId, string trackKey, IReadOnlyList<SeatTicket> seats, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes the tickets of <paramref name="seats"/> on the sitting; nothing for a seat not recorded.</summary>
    Task RemoveAsync(string sessionId, IReadOnlyList<SeatTicket> seats, CancellationToken cancellationToken = default);

    /// <summary>The sitting's tickets by ticket key, at most <see cref="MaxTake"/>.</summary>
    Task<IReadOnlyList<SittingTicketRow>> OfSittingAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ID numbers holding a ticket that contains <paramref name="part"/> (any case; <c>%</c> and <c>_</c> are plain
    /// characters), at most <see cref="MaxTake"/>, in order.
    /// </summary>
    Task<IReadOnlyList<string>> HoldersAsync(string part, CancellationToken cancellationToken = default);

    /// <summary>Whether the backfill named <paramref name="name"/> ran to its end.</summary>
    Task<bool> IsBackfilledAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Marks the backfill named <paramref name="name"/> as run to its end (idempotent: the first time stays).</summary>
    Task MarkBackfilledAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default);
}
