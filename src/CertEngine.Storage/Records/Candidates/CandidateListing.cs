namespace CertEngine.Storage.Records.Candidates;

/// <summary>One candidate in the directory: the latest profile and the stage reached.</summary>
/// <param name="InternalId">The internal id (what links and audit trails use instead of the ID number).</param>
/// <param name="IdNumber">The ID number, unmasked: the web edge masks it for roles that may not see it.</param>
/// <param name="Name">The name.</param>
/// <param name="County">The county, or empty.</param>
/// <param name="Tags">The tags.</param>
/// <param name="Phone">The phone number, or empty.</param>
/// <param name="Stage">The stage reached (on the searched track, or on any).</param>
/// <param name="At">When the profile was last registered or changed.</param>
/// <param name="HasPhoto">Whether the candidate has a photo (migration 0008).</param>
public sealed record CandidateListing(string InternalId, string IdNumber, string Name, string County, IReadOnlyList<string> Tags, string Phone,
    CandidateStage Stage, DateTimeOffset At, bool HasPhoto);
