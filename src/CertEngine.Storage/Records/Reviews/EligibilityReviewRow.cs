namespace CertEngine.Storage.Records.Reviews;

/// <summary>One application in eligibility review as the queue stores it, with the candidate's name from the directory.</summary>
/// <param name="ReviewId">The review's id.</param>
/// <param name="TrackKey">The track applied to.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="InternalId">The candidate's internal id (for links), or empty when the directory lacks them.</param>
/// <param name="Name">The candidate's name, or empty.</param>
/// <param name="ConditionId">The route the engine found met.</param>
/// <param name="ToCheck">The evidence a person must check.</param>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record EligibilityReviewRow(string ReviewId, string TrackKey, string IdNumber, string InternalId, string Name, string ConditionId,
    IReadOnlyList<string> ToCheck, string Status, DateTimeOffset SubmittedAt);
