namespace CertEngine.Contracts.Candidates;

/// <summary>
/// The answer to applying to a track with the evidence kept: <see cref="ApplicationOutcome.Enrolled"/>,
/// <see cref="ApplicationOutcome.AwaitingReview"/> with the review id, or <see cref="ApplicationOutcome.Refused"/> with why.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.ApplicationReply")]
public sealed record ApplicationReply(
    [property: Id(0)] ApplicationOutcome Outcome,
    [property: Id(1)] Refusal? Reason,
    [property: Id(2)] string? ReviewId);
