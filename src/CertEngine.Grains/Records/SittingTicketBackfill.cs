using CertEngine.Contracts.Sessions;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Tickets;

namespace CertEngine.Grains.Records;

/// <summary>
/// Writes into the record store's tickets (<see cref="ITicketRecords"/>, migration 0021) the admission tickets of the
/// sittings scheduled before that table existed, from each sitting's roster, so that a part of their numbers finds their
/// holders too. Once: a marker row says the walk ran to its end, and a later start skips it. Bounded in memory: the
/// sittings are read a page of ids at a time from the list of every sitting, and one sitting's roster at a time.
/// Harmless to rerun (after a crash half-way, or on two silos at once): writing a ticket already recorded changes nothing.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="sittings">The record store's lists of sittings.</param>
/// <param name="tickets">The record store's tickets.</param>
/// <param name="clock">The clock (the rows' time).</param>
public sealed class SittingTicketBackfill(IGrainFactory grains, ISittingIndexStore sittings, ITicketRecords tickets, TimeProvider clock)
{
    /// <summary>The marker's name.</summary>
    public const string Name = "sitting-tickets-0021";

    /// <summary>The sitting ids one page reads.</summary>
    public const int Page = 100;

    /// <summary>Writes every sitting's tickets unless done before; returns the tickets and sittings written (0, 0 when done before).</summary>
    public async Task<(int Tickets, int Sittings)> RunAsync(CancellationToken cancellationToken = default)
    {
        if (await tickets.IsBackfilledAsync(Name, cancellationToken))
        {
            return (0, 0);
        }

        // The list of every sitting moves into the record store when its grain first activates (a release before 0005
        // kept it in grain state): wake it before walking the table.
        await grains.GetGrain<ISittingIndexGrain>(ISittingIndexGrain.All).ListAsync();
        var (written, sittingsWritten, after) = (0, 0, "");
        while (await sittings.SessionIdsAfterAsync(ISittingIndexGrain.All, after, Page, cancellationToken) is { Count: > 0 } page)
        {
            foreach (var sessionId in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A cancelled sitting withdrew its tickets; its roster stays in its state, but no ticket of it is held.
                if (await grains.GetGrain<IExamSessionGrain>(sessionId).GetAsync() is { Status: not SessionStatus.Cancelled, Plan: { Roster.Count: > 0 } plan })
                {
                    await tickets.PutAsync(sessionId, plan.TrackKey, [.. plan.Roster.Select(s => new SeatTicket(s.IdNumber, s.Ticket))], clock.GetUtcNow(), cancellationToken);
                    (written, sittingsWritten) = (written + plan.Roster.Count, sittingsWritten + 1);
                }
            }

            after = page[^1];
        }

        await tickets.MarkBackfilledAsync(Name, clock.GetUtcNow(), cancellationToken);
        return (written, sittingsWritten);
    }
}
