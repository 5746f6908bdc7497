namespace CertEngine.Storage.Records.Results;

/// <summary>A certificate as the search lists it.</summary>
/// <param name="Number">The number.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The holder's ID number.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="IssuedOn">The date of issue.</param>
/// <param name="Status">The latest status (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>reissued</c>), or empty when none is stored.</param>
/// <param name="StatusReason">The reason of the latest status change.</param>
public sealed record CertificateListing(string Number, string TrackKey, string IdNumber, string HolderName, DateOnly IssuedOn, string Status, string StatusReason);
