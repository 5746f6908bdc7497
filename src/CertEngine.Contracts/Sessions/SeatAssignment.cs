namespace CertEngine.Contracts.Sessions;

/// <summary>A rostered candidate: ID number, seat (考位, from 1) and admission ticket number (准考证号).</summary>
[GenerateSerializer, Immutable, Alias("certengine.SeatAssignment")]
public sealed record SeatAssignment([property: Id(0)] string IdNumber, [property: Id(1)] int Seat, [property: Id(2)] string Ticket);
