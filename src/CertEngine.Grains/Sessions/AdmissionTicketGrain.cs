using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Audit;

using CertEngine.Domain;
using CertEngine.Domain.Batches;
using CertEngine.Domain.Candidates;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>One admission ticket's sittings and sign-in guard; see <see cref="IAdmissionTicketGrain"/>.</summary>
public sealed class AdmissionTicketGrain(
    [PersistentState("ticket", StorageNames.Exams)] IPersistentState<AdmissionTicketState> state,
    TicketSeatView view,
    TimeProvider clock) : Grain, IAdmissionTicketGrain, IDisposable
{
    // The seats as IsCurrentDeviceAsync answers from them; the sign-in check reads the same value from the silo's view.
    private TicketSeats _seats = TicketSeats.None;

    private AdmissionTicketState S => state.State;

    private string Ticket => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Publish();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        view.Withdraw(this, Ticket);
        return Task.CompletedTask;
    }

    /// <summary>Called by Orleans when the activation is gone, however it went: its seats leave the silo's view.</summary>
    public void Dispose() => view.Withdraw(this, Ticket);

    private void Publish()
    {
        _seats = TicketSeats.Of(S.Devices);
        view.Publish(this, Ticket, _seats);
    }

    // Saves a change to the seats and shows it, whether or not the write succeeded: a call answers from the same memory.
    private async Task SaveAndPublishAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            Publish();
        }
    }

    /// <inheritdoc />
    public async Task<CommandReply> BindAsync(AdmissionTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var bindings = S.Bindings;
        // One person per number: a reused or mistyped number must not put a second candidate on someone's ticket (their
        // sign-in, lockout and device would be shared). Tickets bound to two people by older releases keep working as stored.
        if (bindings.Exists(b => !string.Equals(b.IdNumber, ticket.IdNumber, StringComparison.OrdinalIgnoreCase)))
        {
            return RefusalCodes.Refuse(Refused.Of(BatchRefusal.TicketHeldByAnother, ticket.Ticket.Trim()));
        }

        var existing = bindings.FindIndex(b => b.SessionId == ticket.SessionId && b.IdNumber == ticket.IdNumber);
        if (existing >= 0 && bindings[existing] == ticket)
        {
            return CommandReply.Ok;
        }

        if (existing >= 0)
        {
            bindings[existing] = ticket;
        }
        else
        {
            bindings.Add(ticket);
        }

        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task WithdrawAsync(string sessionId, string idNumber)
    {
        if (S.Bindings.RemoveAll(b => b.SessionId == sessionId && b.IdNumber == idNumber) + S.Devices.RemoveAll(d => d.SessionId == sessionId && d.IdNumber == idNumber) > 0)
        {
            await SaveAndPublishAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AdmissionTicket>> GetAsync() => Task.FromResult<IReadOnlyList<AdmissionTicket>>(S.Bindings.ToList());

    /// <inheritdoc />
    public Task<bool> IsLockedAsync() => Task.FromResult(S.LockedAt is not null);

    /// <inheritdoc />
    public async Task<TicketLockout> RecordFailedSignInAsync(string sessionId, int maxFailures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        if (S.Bindings.Count == 0)
        {
            return new TicketLockout(false, false, 0);
        }

        if (S.LockedAt is not null)
        {
            return new TicketLockout(true, false, S.FailedSignIns);
        }

        S.FailedSignIns++;
        var lockedNow = S.FailedSignIns >= maxFailures;
        if (lockedNow)
        {
            S.LockedAt = clock.GetUtcNow();
        }

        await state.WriteStateAsync();
        if (lockedNow)
        {
            await GrainFactory.AuditAsync(clock, "session/" + sessionId, "system", "ticket.locked",
                "", $"ticket {Ticket}: {S.FailedSignIns} wrong ID numbers or access codes");
        }

        return new TicketLockout(lockedNow, lockedNow, S.FailedSignIns);
    }

    /// <inheritdoc />
    public async Task<bool?> SignInAsync(string sessionId, string idNumber, string device)
    {
        if (S.LockedAt is not null)
        {
            return null;
        }

        var seat = S.Devices.Find(d => d.SessionId == sessionId && d.IdNumber == idNumber);
        if (seat is null)
        {
            seat = new SeatDeviceState { SessionId = sessionId, IdNumber = idNumber };
            S.Devices.Add(seat);
        }

        var takenOver = seat.Device is not null && seat.Device != device;
        if (takenOver)
        {
            seat.Changes++;
            seat.ChangedAt = clock.GetUtcNow();
        }

        seat.Device = device;
        S.FailedSignIns = 0;
        await SaveAndPublishAsync();
        if (takenOver)
        {
            var at = S.Bindings.Find(b => b.SessionId == sessionId && b.IdNumber == idNumber)?.Seat;
            await GrainFactory.AuditAsync(clock, "session/" + sessionId, Ticket, "candidate.signed-in-elsewhere",
                "", $"seat {at}; change {seat.Changes}: signed in on another computer, the earlier sign-in ends");
        }

        return takenOver;
    }

    /// <inheritdoc />
    public Task<bool> IsCurrentDeviceAsync(string sessionId, string idNumber, string device) =>
        Task.FromResult(_seats.IsCurrent(sessionId, idNumber, device));

    /// <inheritdoc />
    public async Task SignOutAsync(string sessionId, string idNumber, string device)
    {
        if (S.Devices.Find(d => d.SessionId == sessionId && d.IdNumber == idNumber) is { } seat && seat.Device == device)
        {
            seat.Device = null;
            await SaveAndPublishAsync();
        }
    }

    /// <inheritdoc />
    public async Task<CommandReply> UnlockAsync(string sessionId, string actor)
    {
        if (!S.Bindings.Any(b => b.SessionId == sessionId))
        {
            return RefusalCodes.Refuse<CandidateRefusal>(CandidateRefusal.TicketNotOnSitting);
        }

        if (S.LockedAt is null)
        {
            return CommandReply.Ok;
        }

        S.LockedAt = null;
        S.FailedSignIns = 0;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, "session/" + sessionId, actor, "ticket.unlocked", "", $"ticket {Ticket}");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<TicketSeatStatus> GetSeatStatusAsync(string sessionId, string idNumber)
    {
        var seat = S.Devices.Find(d => d.SessionId == sessionId && d.IdNumber == idNumber);
        return Task.FromResult(new TicketSeatStatus(S.LockedAt is not null, S.FailedSignIns, seat?.Device is not null, seat?.Changes ?? 0, seat?.ChangedAt));
    }
}
