namespace CertEngine.Contracts.Attempts;

/// <summary>The stored identity of a paper, for audit and reproduction: seed, seat, bank version and every item id + version in order.</summary>
[GenerateSerializer, Immutable, Alias("certengine.PaperRecord")]
public sealed record PaperRecord(
    [property: Id(0)] string BankId,
    [property: Id(1)] int BankVersion,
    [property: Id(2)] ulong SessionSeed,
    [property: Id(3)] int Seat,
    [property: Id(4)] IReadOnlyList<string> Items);
