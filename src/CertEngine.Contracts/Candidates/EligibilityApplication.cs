namespace CertEngine.Contracts.Candidates;

/// <summary>
/// A candidate's application to a track whose route needs a person's check (资格审核): waiting, or decided. An approved
/// application is an enrolment; a rejected one may be submitted again once the evidence has changed.
/// </summary>
/// <param name="ReviewId">The review's id (random, what the queue's links carry instead of an ID number).</param>
/// <param name="TrackKey">The track applied to.</param>
/// <param name="Status"><see cref="Pending"/>, <see cref="Approved"/> or <see cref="Rejected"/>.</param>
/// <param name="ConditionId">The route the engine found met when the application was submitted.</param>
/// <param name="EvidenceIds">The evidence that route uses.</param>
/// <param name="ToCheck">The evidence a person must check (of a kind the rule set reviews, not yet confirmed).</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="Reason">Why it was rejected, or <see langword="null"/>.</param>
/// <param name="DecidedAt">When it was decided, or <see langword="null"/> while pending.</param>
/// <param name="DecidedBy">Who decided it, or <see langword="null"/> while pending.</param>
/// <param name="Revision">The evidence file's revision when it was submitted or rejected (a resubmission needs a later one).</param>
[GenerateSerializer, Immutable, Alias("certengine.EligibilityApplication")]
public sealed record EligibilityApplication(
    [property: Id(0)] string ReviewId,
    [property: Id(1)] string TrackKey,
    [property: Id(2)] string Status,
    [property: Id(3)] string ConditionId,
    [property: Id(4)] IReadOnlyList<string> EvidenceIds,
    [property: Id(5)] IReadOnlyList<string> ToCheck,
    [property: Id(6)] DateTimeOffset SubmittedAt,
    [property: Id(7)] string SubmittedBy,
    [property: Id(8)] string? Reason,
    [property: Id(9)] DateTimeOffset? DecidedAt,
    [property: Id(10)] string? DecidedBy,
    [property: Id(11)] int Revision)
{
    /// <summary>Waiting for a reviewer.</summary>
    public const string Pending = "pending";

    /// <summary>Approved: the candidate is enrolled.</summary>
    public const string Approved = "approved";

    /// <summary>Rejected with a reason: not enrolled; may be submitted again after new evidence.</summary>
    public const string Rejected = "rejected";
}
