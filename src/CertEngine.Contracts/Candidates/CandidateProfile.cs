namespace CertEngine.Contracts.Candidates;

/// <summary>A candidate's real-name profile (实名): name, 18-digit ID number, county, programme tags and phone number.</summary>
/// <param name="Name">The name.</param>
/// <param name="IdNumber">The ID number (the candidate grain's key; never changes).</param>
/// <param name="County">The county (区县), or <see langword="null"/>.</param>
/// <param name="Tags">The centre's tags (e.g. a training class).</param>
/// <param name="Phone">
/// The phone number; empty when there is none, <see langword="null"/> when not given (a registration without one keeps the
/// number already held, and profiles stored before phone numbers existed read as <see langword="null"/>).
/// </param>
[GenerateSerializer, Immutable, Alias("certengine.CandidateProfile")]
public sealed record CandidateProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string? County,
    [property: Id(3)] IReadOnlyList<string> Tags,
    [property: Id(4)] string? Phone = null);
