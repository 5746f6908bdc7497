namespace CertEngine.Contracts.Candidates;

/// <summary>A candidate's real-name profile (实名): name, 18-digit ID number, county and programme tags.</summary>
[GenerateSerializer, Immutable, Alias("certengine.CandidateProfile")]
public sealed record CandidateProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string? County,
    [property: Id(3)] IReadOnlyList<string> Tags);
