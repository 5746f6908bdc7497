using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Supervision;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// Changes to a scheduled sitting before its start (<see cref="SittingChangeRules"/>): cancel (取消场次), reschedule (改期,
/// another time or room) and move one candidate to another sitting (调场). Each is audited on the sitting's trail with
/// its reason; a refused change changes nothing.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="state">The sitting's persistent state.</param>
/// <param name="check">The plan checks (staffing, eligibility) a candidate moved in must pass.</param>
/// <param name="tickets">The sitting's admission tickets, bound for a candidate moved in before the sitting saves them, withdrawn at a cancel or move.</param>
/// <param name="clock">The clock.</param>
/// <param name="sessionId">The sitting.</param>
internal sealed class SittingChanges(IGrainFactory grains, IPersistentState<SessionState> state, SittingPlanCheck check, SittingTickets tickets, TimeProvider clock, string sessionId)
{
    private SessionState S => state.State;

    private SessionPhase Phase => (SessionPhase)(int)S.Status;

    private string Subject => "session/" + sessionId;

    /// <summary>Cancels the sitting and withdraws its tickets; see <see cref="IExamSessionGrain.CancelAsync"/>.</summary>
    public async Task<CommandReply> CancelAsync(string actor, string reason)
    {
        if (S.Plan is null)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotScheduled);
        }

        if (SittingChangeRules.Cancel(!string.IsNullOrWhiteSpace(reason), Phase) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        (S.Status, S.CancelledAt, S.CancelReason, S.AccessCode) = (SessionStatus.Cancelled, clock.GetUtcNow(), reason.Trim(), null);
        await state.WriteStateAsync();
        await tickets.WithdrawAsync(S.Plan.Roster);
        await grains.AuditAsync(clock, Subject, actor, "session.cancelled", reason.Trim(), $"{S.Plan.Roster.Count} tickets withdrawn");
        return CommandReply.Ok;
    }

    /// <summary>Names the sitting's supervisors; see <see cref="IExamSessionGrain.AssignSupervisorsAsync"/>.</summary>
    public async Task<CommandReply> AssignSupervisorsAsync(IReadOnlyList<string> supervisors, string actor, string reason)
    {
        if (S.Plan is not { } before)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotScheduled);
        }

        if (S.Status == SessionStatus.Cancelled)
        {
            return RefusalCodes.Refuse<SupervisionRefusal>(SupervisionRefusal.SittingCancelled);
        }

        var named = supervisors.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        S.Plan = before with { Supervisors = named };
        await state.WriteStateAsync();
        await SittingStaff.ListAsync(grains, sessionId, before, S.Plan);
        await grains.AuditAsync(clock, Subject, actor, "session.supervisors-assigned", reason.Trim(), $"supervisors {(named.Count == 0 ? "--" : string.Join(",", named))}");
        return CommandReply.Ok;
    }

    /// <summary>Moves the sitting to another time and room; see <see cref="IExamSessionGrain.RescheduleAsync"/>.</summary>
    public async Task<CommandReply> RescheduleAsync(DateTimeOffset startsAt, string centre, string room, int capacity, string actor, string reason)
    {
        if (S.Plan is not { } before)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotScheduled);
        }

        if (SittingChangeRules.Reschedule(!string.IsNullOrWhiteSpace(reason), Phase, capacity, before.Roster.Count) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        S.Plan = before with { StartsAt = startsAt, Centre = centre.Trim(), Room = room.Trim(), Capacity = capacity };
        await state.WriteStateAsync();
        await SittingStaff.ListAsync(grains, sessionId, before, S.Plan);
        await grains.AuditAsync(clock, Subject, actor, "session.rescheduled", reason.Trim(),
            $"{before.Centre}/{before.Room} {before.StartsAt:O} ({before.Capacity} seats) → {S.Plan.Centre}/{S.Plan.Room} {S.Plan.StartsAt:O} ({capacity} seats)");
        return CommandReply.Ok;
    }

    /// <summary>
    /// Moves a candidate to another sitting: that sitting takes them in first (its checks), then this one lets them go and
    /// withdraws its ticket binding. Should this sitting fail to save after the other took them in, they are on both
    /// rosters (never on none), and a second move or a cancel of the seat mends it.
    /// </summary>
    public async Task<CommandReply> MoveOutAsync(string idNumber, string toSessionId, string actor, string reason)
    {
        if (S.Plan is not { } plan)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotScheduled);
        }

        var seat = plan.Roster.FirstOrDefault(r => r.IdNumber == idNumber);
        if (SittingChangeRules.MoveOut(!string.IsNullOrWhiteSpace(reason), seat is not null, Phase) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        if (string.Equals(toSessionId, sessionId, StringComparison.Ordinal))
        {
            return RefusalCodes.Refuse(Domain.Refused.Of(SessionRefusal.MoveAlreadyThere, toSessionId));
        }

        var admitted = await grains.GetGrain<IExamSessionGrain>(toSessionId)
            .AdmitMovedAsync(new SeatTransfer(idNumber, seat!.Ticket, sessionId, plan.TrackKey, plan.Component), actor, reason.Trim());
        if (!admitted.Accepted)
        {
            return admitted;
        }

        S.Plan = plan with { Roster = plan.Roster.Where(r => r.IdNumber != idNumber).ToList() };
        S.Absent.Remove(idNumber);
        await state.WriteStateAsync();
        await tickets.WithdrawAsync([seat]);
        await grains.AuditAsync(clock, Subject, actor, "session.candidate-moved-out", reason.Trim(), $"seat {seat.Seat} → {toSessionId}");
        return CommandReply.Ok;
    }

    /// <summary>Takes in a candidate moved from another sitting, on the next free seat number, with their ticket number.</summary>
    public async Task<CommandReply> AdmitAsync(SeatTransfer transfer, string actor, string reason)
    {
        if (S.Plan is not { } plan)
        {
            return RefusalCodes.Refuse(Domain.Refused.Of(SessionRefusal.MoveNotSameComponent, sessionId));
        }

        var same = plan.TrackKey == transfer.TrackKey && plan.Component == transfer.Component;
        if ((SittingChangeRules.MoveIn(sessionId, same, Phase, plan.Roster.Any(r => r.IdNumber == transfer.IdNumber), plan.Capacity, plan.Roster.Count)
            ?? SittingChangeRules.Tickets(plan.Roster.Select(r => r.Ticket).Append(transfer.Ticket))) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        var seat = new SeatAssignment(transfer.IdNumber, plan.Roster.Count == 0 ? 1 : plan.Roster.Max(r => r.Seat) + 1, transfer.Ticket);
        var changed = plan with { Roster = [.. plan.Roster, seat] };
        if (await check.AdmitAsync(changed, seat, S.BankVersion, S.RulesVersion) is { } cannot)
        {
            return cannot;
        }

        if (await tickets.ReserveSeatAsync(changed, seat) is { } clash)
        {
            return clash;
        }

        S.Plan = changed;
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject, actor, "session.candidate-moved-in", reason, $"seat {seat.Seat} ← {transfer.FromSessionId}");
        return CommandReply.Ok;
    }
}
