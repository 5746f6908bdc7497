namespace CertEngine.Storage.Records.Tickets;

/// <summary>A seat's admission ticket (准考证号): who holds it on a sitting.</summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Ticket">The ticket number as the centre wrote it.</param>
public sealed record SeatTicket(string IdNumber, string Ticket);
