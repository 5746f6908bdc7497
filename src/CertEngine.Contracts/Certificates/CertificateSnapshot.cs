namespace CertEngine.Contracts.Certificates;

/// <summary>
/// An issued certificate: its fields, the signed token (JWS ES256) the QR carries, the current status
/// (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>reissued</c>) and its whole history.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.CertificateSnapshot")]
public sealed record CertificateSnapshot(
    [property: Id(0)] CertificateFields Fields,
    [property: Id(1)] string Token,
    [property: Id(2)] string Status,
    [property: Id(3)] IReadOnlyList<CertificateEvent> History,
    [property: Id(4)] string? ReplacedBy);
