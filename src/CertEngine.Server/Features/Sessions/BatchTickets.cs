namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// The admission ticket numbers (准考证号) already given in a batch — a batch of the record store (批次), or for sittings in
/// none, the sittings of one track in none that are not cancelled —
/// so a candidate keeps one number across its theory and practical sittings and no number belongs to two candidates.
/// </summary>
/// <param name="ByCandidate">Each candidate's number (their first sitting's), by ID number.</param>
/// <param name="ByTicket">Each number's candidate, by the number in upper case (numbers are case-blind).</param>
public sealed record BatchTickets(IReadOnlyDictionary<string, string> ByCandidate, IReadOnlyDictionary<string, string> ByTicket)
{
    /// <summary>No number given yet.</summary>
    public static BatchTickets None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The numbers of the rosters of <paramref name="sittings"/>, oldest start first (a candidate's first number stands).</summary>
    public static BatchTickets Of(IEnumerable<Contracts.Sessions.SessionSnapshot> sittings)
    {
        ArgumentNullException.ThrowIfNull(sittings);
        var byCandidate = new Dictionary<string, string>(StringComparer.Ordinal);
        var byTicket = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var seat in sittings.OrderBy(s => s.Plan.StartsAt).SelectMany(s => s.Plan.Roster))
        {
            byCandidate.TryAdd(seat.IdNumber, seat.Ticket);
            byTicket.TryAdd(seat.Ticket.Trim(), seat.IdNumber);
        }

        return new BatchTickets(byCandidate, byTicket);
    }

    /// <summary>The numbers a batch (批次) of the record store has given: each member's one number.</summary>
    public static BatchTickets OfMembers(IEnumerable<Storage.Records.Batches.BatchMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var byCandidate = new Dictionary<string, string>(StringComparer.Ordinal);
        var byTicket = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            byCandidate.TryAdd(member.IdNumber, member.Ticket);
            byTicket.TryAdd(member.Ticket.Trim(), member.IdNumber);
        }

        return new BatchTickets(byCandidate, byTicket);
    }

    /// <summary>What is wrong with giving <paramref name="ticket"/> to <paramref name="idNumber"/> in this batch (bilingual words), or null.</summary>
    public string? Problem(string idNumber, string ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ByCandidate.TryGetValue(idNumber, out var own) && !string.Equals(own.Trim(), ticket.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return $"该考生本批次的准考证号是 {own}，理论与技能场次用同一个准考证号 (this candidate's ticket in the batch is {own}: theory and practical use one number)";
        }

        return ByTicket.TryGetValue(ticket.Trim(), out var holder) && holder != idNumber
            ? $"准考证号 {ticket.Trim()} 已属于本批次另一名考生 (ticket {ticket.Trim()} belongs to another candidate of the batch)"
            : null;
    }
}
