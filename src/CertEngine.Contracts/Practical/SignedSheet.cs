namespace CertEngine.Contracts.Practical;

/// <summary>One assessor's signed sheet for one task, as the chief assessor sees it beside the others when adjudicating.</summary>
/// <param name="Assessor">The assessor's user name.</param>
/// <param name="Sheet">Points per criterion, triggered 否决项 and the remark, as signed.</param>
/// <param name="Total">The sum of the awarded points on the task's own scale, unrounded.</param>
/// <param name="SignedAt">When the assessor signed.</param>
[GenerateSerializer, Immutable, Alias("certengine.SignedSheet")]
public sealed record SignedSheet(
    [property: Id(0)] string Assessor,
    [property: Id(1)] ScoreSheet Sheet,
    [property: Id(2)] decimal Total,
    [property: Id(3)] DateTimeOffset SignedAt);
