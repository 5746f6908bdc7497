namespace CertEngine.Domain.Raters;

/// <summary>One assessor's signed sheet for one candidate's task, as rater statistics read it.</summary>
/// <param name="Panel">The candidate's task the panel (考评小组) scored: its attempt and task, one key.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Assessor">Who signed the sheet.</param>
/// <param name="Total">The sheet's total on the task's own scale.</param>
/// <param name="At">When it was signed.</param>
/// <param name="Adjudicated">Whether the chief (考评组长) ruled on the task because the panel's spread was too wide.</param>
/// <param name="Threshold">The track's adjudication threshold: two totals within it agree (adjacent agreement).</param>
public sealed record RaterSheet(string Panel, string TaskId, string Assessor, decimal Total, DateTimeOffset At, bool Adjudicated, decimal Threshold);
