namespace CertEngine.Contracts.Banks;

/// <summary>What a bank shelf holds: its current draft (if any) and the versions published from the web, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("certengine.BankShelfSnapshot")]
public sealed record BankShelfSnapshot(
    [property: Id(0)] string BankCode,
    [property: Id(1)] BankDraftInfo? Draft,
    [property: Id(2)] IReadOnlyList<PublishedBankInfo> Versions);
