namespace CertEngine.Contracts.Sessions;

/// <summary>
/// The index from an admission ticket number (准考证号) to the sittings it admits to, so a candidate signs in with the
/// ticket without a search; and the ticket's sign-in guard: wrong ID numbers or access codes lock it until a proctor
/// unlocks it, and the newest sign-in of a candidate in a sitting is the only one that stands. Key: the ticket number.
/// Written by each sitting when it is scheduled; one ticket admits one candidate, usually to the theory and practical
/// sittings of a batch (批次).
/// </summary>
public interface IAdmissionTicketGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds a sitting to the ticket (idempotent). A ticket number belongs to one person: binding it to another ID number
    /// while any sitting still holds it is refused (<c>BatchTicketHeldByAnother</c>) and changes nothing; once every
    /// sitting has withdrawn it, the number is free again.
    /// </summary>
    Task<CommandReply> BindAsync(AdmissionTicket ticket);

    /// <summary>Takes a sitting off the ticket (the sitting was cancelled, or the candidate moved to another); nothing when absent.</summary>
    Task WithdrawAsync(string sessionId, string idNumber);

    /// <summary>Every sitting the ticket admits to, oldest first; empty for an unknown ticket.</summary>
    Task<IReadOnlyList<AdmissionTicket>> GetAsync();

    /// <summary>Whether sign-in with this ticket is locked.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<bool> IsLockedAsync();

    /// <summary>
    /// Counts a wrong ID number or access code given for this ticket while <paramref name="sessionId"/> is open; at
    /// <paramref name="maxFailures"/> the ticket locks until a proctor unlocks it (audited on the sitting). Nothing is
    /// stored for a ticket that admits to no sitting.
    /// </summary>
    Task<TicketLockout> RecordFailedSignInAsync(string sessionId, int maxFailures);

    /// <summary>
    /// Records a right sign-in of <paramref name="idNumber"/> into <paramref name="sessionId"/> from the browser
    /// <paramref name="device"/> (a random id its cookie carries) and clears the failure count. Any earlier browser of the
    /// same candidate and sitting is refused from then on; returns whether one was taken over (audited on the sitting).
    /// Refused (<see langword="null"/>) while the ticket is locked.
    /// </summary>
    Task<bool?> SignInAsync(string sessionId, string idNumber, string device);

    /// <summary>Whether <paramref name="device"/> is the browser whose sign-in stands for this candidate and sitting.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<bool> IsCurrentDeviceAsync(string sessionId, string idNumber, string device);

    /// <summary>Ends the sign-in of <paramref name="device"/> (signing out), so its cookie is refused wherever it is kept.</summary>
    Task SignOutAsync(string sessionId, string idNumber, string device);

    /// <summary>Unlocks the ticket (a proctor of <paramref name="sessionId"/>, after checking the candidate's identity); audited.</summary>
    Task<CommandReply> UnlockAsync(string sessionId, string actor);

    /// <summary>What the proctor's roster shows of this ticket for one candidate and sitting.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<TicketSeatStatus> GetSeatStatusAsync(string sessionId, string idNumber);
}
