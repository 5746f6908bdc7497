namespace CertEngine.Contracts.Banks;

/// <summary>A published bank version as stored: its two frozen texts, their SHA-256, and who published it when.</summary>
/// <param name="Info">Number, publisher, time, counts and manifest hash.</param>
/// <param name="BankCode">The occupation code of the bank.</param>
/// <param name="BankYaml">The whole bank (<c>bank.yaml</c>).</param>
/// <param name="ManifestYaml">What the version pins (<c>manifest.yaml</c>).</param>
/// <param name="BankSha256">Lower-case hex SHA-256 of <paramref name="BankYaml"/>'s UTF-8 bytes.</param>
[GenerateSerializer, Immutable, Alias("certengine.PublishedBankRecord")]
public sealed record PublishedBankRecord(
    [property: Id(0)] PublishedBankInfo Info,
    [property: Id(1)] string BankCode,
    [property: Id(2)] string BankYaml,
    [property: Id(3)] string ManifestYaml,
    [property: Id(4)] string BankSha256);
