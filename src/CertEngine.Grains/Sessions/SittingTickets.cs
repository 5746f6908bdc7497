using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain;
using CertEngine.Domain.Batches;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Tickets;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// A sitting's admission tickets (准考证) below the pages: each seat's number is bound to its candidate on the ticket's
/// grain (a number is one person's), and a sitting scheduled into a batch (批次) takes its candidates into the batch's
/// members (a candidate keeps one number across the batch's theory and practical sittings). All or nothing: when any
/// seat is refused, the bindings this call made are withdrawn and the batch is not written. Bound tickets are also
/// written to the record store's tickets (<see cref="ITicketRecords"/>, what a search by part of a number reads) and
/// deleted there when withdrawn.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="batches">The record store's batches.</param>
/// <param name="records">The record store's tickets of every sitting.</param>
/// <param name="clock">The clock.</param>
/// <param name="sessionId">The sitting.</param>
internal sealed class SittingTickets(IGrainFactory grains, IBatchRecords batches, ITicketRecords records, TimeProvider clock, string sessionId)
{
    /// <summary>Binds and admits the seats of <paramref name="plan"/> (replacing <paramref name="before"/>); the refusal, or null.</summary>
    public async Task<CommandReply?> ReserveAsync(SessionPlan plan, SessionPlan? before)
    {
        if (before?.BatchId is { } was && was != plan.BatchId)
        {
            return RefusalCodes.Refuse(Refused.Of(BatchRefusal.SittingInOtherBatch, was));
        }

        var kept = (before?.Roster ?? []).Select(Key).ToHashSet();
        return await ReserveSeatsAsync(plan, plan.Roster, seat => !kept.Contains(Key(seat)));
    }

    /// <summary>Binds and admits one seat added to <paramref name="plan"/> (a candidate moved in); the refusal, or null.</summary>
    public Task<CommandReply?> ReserveSeatAsync(SessionPlan plan, SeatAssignment seat) => ReserveSeatsAsync(plan, [seat], _ => true);

    /// <summary>Withdraws the tickets of seats <paramref name="before"/> had and <paramref name="plan"/> no longer has.</summary>
    public Task ReleaseDroppedAsync(SessionPlan? before, SessionPlan plan)
    {
        var now = plan.Roster.Select(Key).ToHashSet();
        return WithdrawAsync([.. (before?.Roster ?? []).Where(seat => !now.Contains(Key(seat)))]);
    }

    /// <summary>Withdraws the tickets of <paramref name="seats"/> (a cancelled sitting's, a seat moved out): the bindings, then the records.</summary>
    public async Task WithdrawAsync(IReadOnlyList<SeatAssignment> seats)
    {
        await SittingStaff.FanOutAsync(seats, async seat =>
        {
            await Ticket(seat).WithdrawAsync(sessionId, seat.IdNumber);
            return true;
        });
        await records.RemoveAsync(sessionId, [.. seats.Select(s => new SeatTicket(s.IdNumber, s.Ticket))]);
    }

    private async Task<CommandReply?> ReserveSeatsAsync(SessionPlan plan, IReadOnlyList<SeatAssignment> seats, Func<SeatAssignment, bool> isNew)
    {
        BatchRow? batch = null;
        if (plan.BatchId is { } batchId)
        {
            batch = await batches.FindAsync(batchId);
            if (batch is null || batch.TrackKey != plan.TrackKey)
            {
                return batch is null
                    ? RefusalCodes.Refuse(Refused.Of(BatchRefusal.Unknown, batchId))
                    : RefusalCodes.Refuse(Refused.Of(BatchRefusal.OtherTrack, batch.Name, batch.TrackKey));
            }
        }

        var replies = await SittingStaff.FanOutAsync(seats, async seat =>
            (Seat: seat, Reply: await Ticket(seat).BindAsync(new AdmissionTicket(seat.Ticket, sessionId, seat.IdNumber, seat.Seat))));
        var refused = replies.FirstOrDefault(r => !r.Reply.Accepted).Reply;
        if (refused is null && batch is not null)
        {
            refused = Refusal(await batches.AdmitAsync(batch.BatchId, sessionId, [.. seats.Select(s => new BatchMember(s.IdNumber, s.Ticket))], clock.GetUtcNow()), seats);
        }

        if (refused is null)
        {
            await records.PutAsync(sessionId, plan.TrackKey, [.. seats.Select(s => new SeatTicket(s.IdNumber, s.Ticket))], clock.GetUtcNow());
        }
        else
        {
            await SittingStaff.FanOutAsync(replies.Where(r => r.Reply.Accepted && isNew(r.Seat)), async r =>
            {
                await Ticket(r.Seat).WithdrawAsync(sessionId, r.Seat.IdNumber);
                return true;
            });
        }

        return refused;
    }

    private static CommandReply? Refusal(BatchConflict? conflict, IReadOnlyList<SeatAssignment> seats) => conflict switch
    {
        null => null,
        BatchConflict.CandidateHoldsAnother held => RefusalCodes.Refuse(Refused.Of(BatchRefusal.TicketNotTheCandidates,
            seats.First(s => s.IdNumber == held.IdNumber).Seat, held.Held)),
        BatchConflict.TicketTaken taken => RefusalCodes.Refuse(Refused.Of(BatchRefusal.TicketOfAnotherInBatch, taken.Ticket)),
        BatchConflict.SittingElsewhere elsewhere => RefusalCodes.Refuse(Refused.Of(BatchRefusal.SittingInOtherBatch, elsewhere.BatchId)),
        _ => RefusalCodes.Refuse(Refused.Of(BatchRefusal.Unknown, "")),
    };

    private static (string IdNumber, string Ticket) Key(SeatAssignment seat) => (seat.IdNumber, AdmissionTicketKey.Of(seat.Ticket));

    private IAdmissionTicketGrain Ticket(SeatAssignment seat) => grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(seat.Ticket));
}
