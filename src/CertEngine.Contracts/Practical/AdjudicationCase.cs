namespace CertEngine.Contracts.Practical;

/// <summary>
/// A task held for the chief assessor's decision (spread above the track's threshold, or a minority veto), with every
/// signed sheet side by side and the rubric the sheets refer to.
/// </summary>
/// <param name="Points">The task's maximum points; the decided score lies in 0..Points inclusive.</param>
/// <param name="Threshold">The track's adjudication threshold: a spread of the sheet totals above it holds the task.</param>
[GenerateSerializer, Immutable, Alias("certengine.AdjudicationCase")]
public sealed record AdjudicationCase(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string Title,
    [property: Id(2)] decimal Points,
    [property: Id(3)] IReadOnlyList<RubricLine> Rubric,
    [property: Id(4)] IReadOnlyList<string> Vetoes,
    [property: Id(5)] IReadOnlyList<SignedSheet> Sheets,
    [property: Id(6)] decimal Threshold = 0m);
