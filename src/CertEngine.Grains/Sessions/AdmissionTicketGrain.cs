using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>One admission ticket's sittings.</summary>
public sealed class AdmissionTicketGrain(
    [PersistentState("ticket", StorageNames.Exams)] IPersistentState<AdmissionTicketState> state) : Grain, IAdmissionTicketGrain
{
    /// <inheritdoc />
    public async Task BindAsync(AdmissionTicket ticket)
    {
        var bindings = state.State.Bindings;
        var existing = bindings.FindIndex(b => b.SessionId == ticket.SessionId && b.IdNumber == ticket.IdNumber);
        if (existing >= 0 && bindings[existing] == ticket)
        {
            return;
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
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AdmissionTicket>> GetAsync() => Task.FromResult<IReadOnlyList<AdmissionTicket>>(state.State.Bindings.ToList());
}
