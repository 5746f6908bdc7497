namespace CertEngine.Storage.Records.Integrity;

/// <summary>A sitting's submitted theory attempts as the integrity signals read them.</summary>
/// <param name="Attempts">By seat.</param>
/// <param name="Truncated">Whether the sitting holds more attempts than the cap.</param>
public sealed record SittingRecords(IReadOnlyList<SittingAttemptRecord> Attempts, bool Truncated);

/// <summary>One submitted attempt.</summary>
/// <param name="AttemptKey">The attempt's grain key.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Responses">Its responses, by position.</param>
/// <param name="Conduct">Its timing and disconnections, or null for an attempt stored before they were recorded.</param>
/// <param name="Takeovers">Sign-ins on another computer for the seat, from the sitting's audit trail.</param>
public sealed record SittingAttemptRecord(string AttemptKey, int Seat, IReadOnlyList<SittingResponseRecord> Responses, ConductRecord? Conduct, int Takeovers);

/// <summary>One response as stored.</summary>
/// <param name="Position">The question's place on the paper.</param>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version.</param>
/// <param name="Type"><c>single</c>, <c>multiple</c> or <c>judge</c>.</param>
/// <param name="Shown">The stored option labels in the order shown (comma-separated; empty for 判断).</param>
/// <param name="Answer">The stored labels chosen (comma-separated; empty when omitted).</param>
/// <param name="Correct">Whether it earned its full points.</param>
public sealed record SittingResponseRecord(int Position, string ItemId, int ItemVersion, string Type, string Shown, string Answer, bool Correct);

/// <summary>An attempt's conduct as stored (migration 0015).</summary>
/// <param name="StartedAt">When its clock started.</param>
/// <param name="SubmittedAt">When it was handed in.</param>
/// <param name="Disconnections">Silences of a minute or more while it ran.</param>
/// <param name="LongestDisconnectionSeconds">The longest, in seconds.</param>
/// <param name="LongestFrom">When the longest began.</param>
/// <param name="Answers">Per question answered: position, first and last save, changes.</param>
public sealed record ConductRecord(
    DateTimeOffset StartedAt, DateTimeOffset SubmittedAt, int Disconnections, double LongestDisconnectionSeconds, DateTimeOffset? LongestFrom,
    IReadOnlyList<(int Position, DateTimeOffset FirstAt, DateTimeOffset LastAt, int Changes)> Answers);
