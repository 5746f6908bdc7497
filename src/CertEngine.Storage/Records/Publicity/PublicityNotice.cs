namespace CertEngine.Storage.Records.Publicity;

/// <summary>A 成绩公示 as published: what it covers, its period and who published it.</summary>
/// <param name="PublicityId">The 公示's id, in its public address <c>/results/{id}</c>.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="SessionId">The sitting published, or empty for a date range.</param>
/// <param name="From">The range's first exam date, or null for a sitting.</param>
/// <param name="To">The range's last exam date (inclusive), or null for a sitting.</param>
/// <param name="Components">The components shown, in order (<c>Theory</c>, <c>Practical</c>, <c>Review</c>).</param>
/// <param name="StartsOn">The period's first working day.</param>
/// <param name="EndsOn">The period's last working day, inclusive.</param>
/// <param name="WorkingDays">The period's length in working days.</param>
/// <param name="LineCount">How many candidates it lists.</param>
/// <param name="PublishedBy">The manager who published it.</param>
/// <param name="PublishedAt">When.</param>
public sealed record PublicityNotice(string PublicityId, string TrackKey, string SessionId, DateOnly? From, DateOnly? To, IReadOnlyList<string> Components,
    DateOnly StartsOn, DateOnly EndsOn, int WorkingDays, int LineCount, string PublishedBy, DateTimeOffset PublishedAt);
