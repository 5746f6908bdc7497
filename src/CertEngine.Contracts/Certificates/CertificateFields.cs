namespace CertEngine.Contracts.Certificates;

/// <summary>
/// The fields of an issued certificate (人社鉴发〔2021〕1号): number, holder, 证件, occupation, 工种 ("--" when none),
/// level in display form, issue date and issuer (评价机构).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.CertificateFields")]
public sealed record CertificateFields(
    [property: Id(0)] string Number,
    [property: Id(1)] string Kind,
    [property: Id(2)] string HolderName,
    [property: Id(3)] string IdType,
    [property: Id(4)] string IdNumber,
    [property: Id(5)] string OccupationCode,
    [property: Id(6)] string OccupationName,
    [property: Id(7)] string WorkType,
    [property: Id(8)] int? LevelDigit,
    [property: Id(9)] string? LevelDisplay,
    [property: Id(10)] DateOnly IssuedOn,
    [property: Id(11)] string Issuer,
    [property: Id(12)] string TrackKey);
