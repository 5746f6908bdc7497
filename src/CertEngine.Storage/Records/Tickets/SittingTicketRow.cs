namespace CertEngine.Storage.Records.Tickets;

/// <summary>One sitting's admission ticket as the record store keeps it.</summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="IdNumber">The holder's ID number.</param>
/// <param name="Ticket">The number as the centre wrote it.</param>
/// <param name="TicketKey">The number trimmed and in upper case (how sign-in and search read it).</param>
/// <param name="TrackKey">The sitting's track.</param>
/// <param name="AddedAt">When the row was first written.</param>
public sealed record SittingTicketRow(string SessionId, string IdNumber, string Ticket, string TicketKey, string TrackKey, DateTimeOffset AddedAt);
