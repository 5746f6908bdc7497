namespace CertEngine.Contracts.Practical;

/// <summary>A rubric criterion as the assessor sees it: id, name, maximum points and the 评分标准.</summary>
[GenerateSerializer, Immutable, Alias("certengine.RubricLine")]
public sealed record RubricLine([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] decimal Points, [property: Id(3)] string Standard);
