using CertEngine.Contracts.Attempts;

namespace CertEngine.Contracts.Sessions;

/// <summary>One line of a sitting's live roster: seat, ticket, candidate, check-in and the attempt's progress.</summary>
[GenerateSerializer, Immutable, Alias("certengine.RosterLine")]
public sealed record RosterLine(
    [property: Id(0)] int Seat,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string IdNumber,
    [property: Id(3)] string Name,
    [property: Id(4)] bool CheckedIn,
    [property: Id(5)] AttemptProgress? Progress,
    [property: Id(6)] bool Absent = false);
