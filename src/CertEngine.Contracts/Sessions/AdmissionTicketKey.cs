namespace CertEngine.Contracts.Sessions;

/// <summary>How an admission ticket number (准考证号) becomes the key of its <see cref="IAdmissionTicketGrain"/>.</summary>
/// <remarks>
/// Ticket numbers ignore case: a candidate may type <c>zk2026001</c> for <c>ZK2026001</c>, as phones capitalise or not.
/// The number itself is kept as the centre wrote it (on the roster, the printed ticket, the audit); only the key is
/// canonical. Sittings scheduled before December 2026 bound their tickets under the number exactly as written, so a
/// sign-in falls back to that key when the canonical one knows no sitting.
/// </remarks>
public static class AdmissionTicketKey
{
    /// <summary>The key of the ticket numbered <paramref name="ticket"/>: trimmed, upper case.</summary>
    /// <param name="ticket">The ticket number as written or typed.</param>
    public static string Of(string ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Trim().ToUpperInvariant();
    }
}
