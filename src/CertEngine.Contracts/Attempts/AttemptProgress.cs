namespace CertEngine.Contracts.Attempts;

/// <summary>
/// An attempt as the proctor's roster shows it: status, answered and total questions, the true remaining time, and when
/// the candidate's browser was last heard from (not stored: it restarts empty after a restart). <see cref="SubmittedBy"/>
/// (added last, so older readers are untouched) is who handed it in once submitted: the ticket, <c>system</c> (the
/// deadline) or a proctor.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.AttemptProgress")]
public sealed record AttemptProgress(
    [property: Id(0)] AttemptStatus Status,
    [property: Id(1)] int Answered,
    [property: Id(2)] int Total,
    [property: Id(3)] TimeSpan Remaining,
    [property: Id(4)] DateTimeOffset? LastSeenAt,
    [property: Id(5)] decimal? Score,
    [property: Id(6)] string? SubmittedBy = null);
