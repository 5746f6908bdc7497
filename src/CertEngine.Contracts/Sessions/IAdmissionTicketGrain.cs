namespace CertEngine.Contracts.Sessions;

/// <summary>
/// The index from an admission ticket number (准考证号) to the sittings it admits to, so a candidate signs in with the
/// ticket without a search. Key: the ticket number. Written by each sitting when it is scheduled; one ticket usually
/// admits one candidate to a track's theory and practical sittings.
/// </summary>
public interface IAdmissionTicketGrain : IGrainWithStringKey
{
    /// <summary>Adds a sitting to the ticket (idempotent).</summary>
    Task BindAsync(AdmissionTicket ticket);

    /// <summary>Every sitting the ticket admits to, oldest first; empty for an unknown ticket.</summary>
    Task<IReadOnlyList<AdmissionTicket>> GetAsync();
}
