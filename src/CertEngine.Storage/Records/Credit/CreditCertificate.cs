namespace CertEngine.Storage.Records.Credit;

/// <summary>A certificate of a worker as stored, with its latest status.</summary>
/// <param name="Number">The number.</param>
/// <param name="Kind">The kind (<c>skill-level</c>, <c>specialty</c>).</param>
/// <param name="TrackKey">The track.</param>
/// <param name="HolderName">The name printed on it.</param>
/// <param name="OccupationCode">The occupation or 专项 code.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Level">The level digit, or null for a 专项.</param>
/// <param name="IssuedOn">The date of issue.</param>
/// <param name="Status">The latest status (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>reissued</c>), or empty when none is stored.</param>
public sealed record CreditCertificate(string Number, string Kind, string TrackKey, string HolderName, string OccupationCode, string WorkType, int? Level,
    DateOnly IssuedOn, string Status);
