namespace CertEngine.Domain.Raters;

/// <summary>Rater statistics over a period: per assessor, and per task the reliability of its panels.</summary>
/// <param name="Assessors">Each assessor's figures, flagged ones first, then by name.</param>
/// <param name="Tasks">Each task's reliability, by task id.</param>
/// <param name="Bounds">The bounds the flags were raised under.</param>
public sealed record RaterReport(IReadOnlyList<RaterFigures> Assessors, IReadOnlyList<TaskReliability> Tasks, RaterBounds Bounds);
