namespace CertEngine.Contracts.Practical;

/// <summary>
/// A task as one assessor sees it: the rubric, vetoes and only their own sheet, never the other assessors' marks
/// (blind scoring), never the candidate's name or ID (only ticket and station). <see cref="Instructions"/> is what the
/// candidate was set: the task's instructions, or for a 综合评审 the seat's 答辩 questions with their reference points.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.TaskAssignment")]
public sealed record TaskAssignment(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string Title,
    [property: Id(2)] decimal Points,
    [property: Id(3)] IReadOnlyList<RubricLine> Rubric,
    [property: Id(4)] IReadOnlyList<string> Vetoes,
    [property: Id(5)] ScoreSheet? OwnSheet,
    [property: Id(6)] string? Instructions = null);
