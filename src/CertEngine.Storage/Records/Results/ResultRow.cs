namespace CertEngine.Storage.Records.Results;

/// <summary>A component result as stored, with the candidate's latest name.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Name">The candidate's latest name, or empty when no profile row is stored.</param>
/// <param name="Component">The component (<c>Theory</c>, <c>Practical</c>, <c>Review</c>).</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark out of 100.</param>
/// <param name="ExamDate">The exam date (China time).</param>
/// <param name="Voided">成绩无效.</param>
/// <param name="At">When it was recorded.</param>
public sealed record ResultRow(string TrackKey, string IdNumber, string Name, string Component, string SessionId, decimal Score, decimal PassMark,
    DateOnly ExamDate, bool Voided, DateTimeOffset At)
{
    /// <summary>Not void and at or above the pass mark (60 itself passes).</summary>
    public bool Passed => !Voided && Score >= PassMark;
}
