namespace CertEngine.Contracts.Attempts;

/// <summary>A question as the candidate sees it: position, type (single, multiple, judge), stem, options in the shuffled order, points and the saved answer in display labels.</summary>
[GenerateSerializer, Immutable, Alias("certengine.ShownQuestion")]
public sealed record ShownQuestion(
    [property: Id(0)] int Index,
    [property: Id(1)] string Type,
    [property: Id(2)] string Stem,
    [property: Id(3)] IReadOnlyList<ShownOption> Options,
    [property: Id(4)] decimal Points,
    [property: Id(5)] IReadOnlyList<string> Saved);
