namespace CertEngine.Storage.Records.Raters;

/// <summary>One signed practical or 综合评审 sheet, as rater statistics read it.</summary>
/// <param name="AttemptKey">The candidate's practical attempt.</param>
/// <param name="TaskId">The task.</param>
/// <param name="TrackKey">The track (its adjudication threshold applies).</param>
/// <param name="Assessor">Who signed.</param>
/// <param name="Total">The sheet's total.</param>
/// <param name="At">When it was signed.</param>
/// <param name="Adjudicated">Whether the chief ruled on this candidate's task.</param>
public sealed record RaterSheetRow(string AttemptKey, string TaskId, string TrackKey, string Assessor, decimal Total, DateTimeOffset At, bool Adjudicated);
