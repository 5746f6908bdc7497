namespace CertEngine.Contracts.Candidates;

/// <summary>What the candidate grain holds: profile, enrolments, component results and certificates held.</summary>
[GenerateSerializer, Immutable, Alias("certengine.CandidateSnapshot")]
public sealed record CandidateSnapshot(
    [property: Id(0)] CandidateProfile Profile,
    [property: Id(1)] DateOnly BirthDate,
    [property: Id(2)] IReadOnlyList<Enrolment> Enrolments,
    [property: Id(3)] IReadOnlyList<ComponentResultRecord> Results,
    [property: Id(4)] IReadOnlyList<HeldCertificate> Certificates,
    [property: Id(5)] string? InternalId = null);
