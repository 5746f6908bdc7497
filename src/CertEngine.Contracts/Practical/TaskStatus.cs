namespace CertEngine.Contracts.Practical;

/// <summary>
/// The state of one task: <see cref="State"/> is <c>awaiting</c>, <c>adjudication</c> (spread above the threshold or a
/// minority veto: the chief decides), <c>scored</c> or <c>adjudicated</c>; <see cref="Score"/> once final.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.TaskStatus")]
public sealed record TaskStatus(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string State,
    [property: Id(2)] int SheetsIn,
    [property: Id(3)] int SheetsNeeded,
    [property: Id(4)] decimal? Score,
    [property: Id(5)] bool Vetoed);
