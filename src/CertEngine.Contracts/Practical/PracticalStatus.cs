namespace CertEngine.Contracts.Practical;

/// <summary>The practical (or review) attempt as the chief sees it: every task's state and, once all are final, the part score.</summary>
[GenerateSerializer, Immutable, Alias("certengine.PracticalStatus")]
public sealed record PracticalStatus(
    [property: Id(0)] ExamComponent Component,
    [property: Id(1)] IReadOnlyList<TaskStatus> Tasks,
    [property: Id(2)] decimal? Score,
    [property: Id(3)] bool? Passed);
