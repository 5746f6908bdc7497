namespace CertEngine.Contracts.Banks;

/// <summary>One bank version published from the web and kept in grain storage (never on a silo's disk).</summary>
/// <param name="Version">The version number.</param>
/// <param name="PublishedBy">The staff user name who published it.</param>
/// <param name="PublishedAt">When (server time).</param>
/// <param name="Items">How many items it holds.</param>
/// <param name="Tasks">How many practical tasks it holds.</param>
/// <param name="ManifestSha256">Lower-case hex SHA-256 of its <c>manifest.yaml</c> (UTF-8 bytes).</param>
[GenerateSerializer, Immutable, Alias("certengine.PublishedBankInfo")]
public sealed record PublishedBankInfo(
    [property: Id(0)] int Version,
    [property: Id(1)] string PublishedBy,
    [property: Id(2)] DateTimeOffset PublishedAt,
    [property: Id(3)] int Items,
    [property: Id(4)] int Tasks,
    [property: Id(5)] string ManifestSha256);
