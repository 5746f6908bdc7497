namespace CertEngine.Contracts.Sessions;

/// <summary>
/// A sitting as the proctor sees it, with the access code candidates sign in with once check-in is open; a cancelled
/// sitting says when and why (<see cref="CancelledAt"/>, <see cref="CancelReason"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.SessionSnapshot")]
public sealed record SessionSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] SessionPlan Plan,
    [property: Id(2)] SessionStatus Status,
    [property: Id(3)] DateTimeOffset? StartedAt,
    [property: Id(4)] IReadOnlyList<string> CheckedIn,
    [property: Id(5)] int BankVersion,
    [property: Id(6)] ulong Seed,
    [property: Id(7)] string? AccessCode,
    [property: Id(8)] IReadOnlyList<string>? Absent = null,
    [property: Id(9)] DateTimeOffset? CancelledAt = null,
    [property: Id(10)] string? CancelReason = null);
