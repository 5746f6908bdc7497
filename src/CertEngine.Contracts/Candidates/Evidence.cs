namespace CertEngine.Contracts.Candidates;

/// <summary>
/// One piece of evidence for eligibility (申报条件). <see cref="Kind"/> is one of <c>work</c>, <c>apprenticeship</c>,
/// <c>certificate</c>, <c>graduation</c>, <c>training</c>; the other fields apply as the kind needs them.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.Evidence")]
public sealed record Evidence(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly? To,
    [property: Id(4)] string? Occupation,
    [property: Id(5)] int? Level,
    [property: Id(6)] string? Number,
    [property: Id(7)] string? School,
    [property: Id(8)] bool Related,
    [property: Id(9)] decimal Hours);
