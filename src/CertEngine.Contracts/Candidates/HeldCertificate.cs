namespace CertEngine.Contracts.Candidates;

/// <summary>A certificate issued to the candidate for a track.</summary>
[GenerateSerializer, Immutable, Alias("certengine.HeldCertificate")]
public sealed record HeldCertificate([property: Id(0)] string TrackKey, [property: Id(1)] string Number, [property: Id(2)] DateOnly IssuedOn);
