namespace CertEngine.Contracts.Attempts;

/// <summary>
/// What an attempt needs to build its paper and clock: the track, the pinned bank version, the sitting's seed and the
/// candidate's seat (the same seed and seat always give the same paper), the minutes, and the track rules version the
/// sitting was scheduled under (0 = the shipped file; setups stored before rules were versioned read as 0).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.AttemptSetup")]
public sealed record AttemptSetup(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string TrackKey,
    [property: Id(3)] ExamComponent Component,
    [property: Id(4)] int BankVersion,
    [property: Id(5)] ulong SessionSeed,
    [property: Id(6)] int Seat,
    [property: Id(7)] string Ticket,
    [property: Id(8)] int Minutes,
    [property: Id(9)] IReadOnlyList<string> Assessors,
    [property: Id(10)] string? ChiefAssessor,
    [property: Id(11)] int RulesVersion = 0);
