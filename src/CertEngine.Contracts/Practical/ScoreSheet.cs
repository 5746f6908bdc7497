namespace CertEngine.Contracts.Practical;

/// <summary>
/// One assessor's independent score sheet (测评记录) for one task: points awarded per rubric criterion id, the indexes
/// of triggered 否决项, and a remark. For a 综合评审 panel the single criterion is <c>total</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.ScoreSheet")]
public sealed record ScoreSheet(
    [property: Id(0)] IReadOnlyDictionary<string, decimal> Awarded,
    [property: Id(1)] IReadOnlyList<int> Vetoes,
    [property: Id(2)] string? Remark);
