namespace CertEngine.Contracts.Candidates;

/// <summary>
/// What the candidate grain holds: profile, enrolments, component results, certificates held, and the certificate
/// numbers reserved for a track while their issue completes.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.CandidateSnapshot")]
public sealed record CandidateSnapshot(
    [property: Id(0)] CandidateProfile Profile,
    [property: Id(1)] DateOnly BirthDate,
    [property: Id(2)] IReadOnlyList<Enrolment> Enrolments,
    [property: Id(3)] IReadOnlyList<ComponentResultRecord> Results,
    [property: Id(4)] IReadOnlyList<HeldCertificate> Certificates,
    [property: Id(5)] string? InternalId = null,
    [property: Id(6)] IReadOnlyDictionary<string, string>? ReservedNumbers = null)
{
    /// <summary>The certificate number reserved for <paramref name="trackKey"/> but not yet confirmed issued, if any.</summary>
    public string? ReservedNumberFor(string trackKey) => ReservedNumbers is { } reserved && reserved.TryGetValue(trackKey, out var number) ? number : null;
}
