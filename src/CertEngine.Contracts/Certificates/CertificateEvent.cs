namespace CertEngine.Contracts.Certificates;

/// <summary>One step of a certificate's life: issued, suspended, reinstated, revoked, reissued — who, when, why.</summary>
[GenerateSerializer, Immutable, Alias("certengine.CertificateEvent")]
public sealed record CertificateEvent(
    [property: Id(0)] string Status,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Reason);
