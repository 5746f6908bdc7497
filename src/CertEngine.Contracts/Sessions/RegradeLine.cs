namespace CertEngine.Contracts.Sessions;

/// <summary>One attempt's score under the original and the corrected keys (勘误重评).</summary>
[GenerateSerializer, Immutable, Alias("certengine.RegradeLine")]
public sealed record RegradeLine(
    [property: Id(0)] string IdNumberMasked,
    [property: Id(1)] int Seat,
    [property: Id(2)] decimal OldScore,
    [property: Id(3)] decimal NewScore,
    [property: Id(4)] IReadOnlyList<string> ChangedItems);
