namespace CertEngine.Contracts.Attempts;

/// <summary>
/// The candidate's view of the attempt on every (re)connect: the same paper, their saved answers and the true remaining
/// time from the server's clock. Carries no answer key.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.CandidatePaper")]
public sealed record CandidatePaper(
    [property: Id(0)] AttemptStatus Status,
    [property: Id(1)] DateTimeOffset? Deadline,
    [property: Id(2)] TimeSpan Remaining,
    [property: Id(3)] IReadOnlyList<ShownQuestion> Questions,
    [property: Id(4)] int Seat,
    [property: Id(5)] string Ticket);
