namespace CertEngine.Storage.Records.Results;

/// <summary>The chief's ruling on one practical task of a candidate (裁定).</summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Score">The task's score as ruled.</param>
/// <param name="Chief">Who ruled.</param>
/// <param name="At">When.</param>
public sealed record RulingRow(string IdNumber, string TaskId, decimal Score, string Chief, DateTimeOffset At);
