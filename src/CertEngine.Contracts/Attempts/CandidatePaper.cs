namespace CertEngine.Contracts.Attempts;

/// <summary>
/// The candidate's view of the attempt on every (re)connect: the same paper, their saved answers and the true remaining
/// time from the server's clock. Carries no answer key.
/// </summary>
/// <remarks>
/// <see cref="HandInOpensIn"/> is the running time still to pass before hand-in is allowed (zero once it is);
/// <see cref="Receipt"/> is set once the attempt is handed in.
/// </remarks>
[GenerateSerializer, Immutable, Alias("certengine.CandidatePaper")]
public sealed record CandidatePaper(
    [property: Id(0)] AttemptStatus Status,
    [property: Id(1)] DateTimeOffset? Deadline,
    [property: Id(2)] TimeSpan Remaining,
    [property: Id(3)] IReadOnlyList<ShownQuestion> Questions,
    [property: Id(4)] int Seat,
    [property: Id(5)] string Ticket,
    [property: Id(6)] TimeSpan HandInOpensIn = default,
    [property: Id(7)] HandInReceipt? Receipt = null);
