namespace CertEngine.Storage.Records.Credit;

/// <summary>A component a worker sat (an assessment taken), the latest result per track, component and sitting.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Component">The component (<c>Theory</c>, <c>Practical</c>, <c>Review</c>).</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="ExamDate">The exam date (China time).</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark.</param>
/// <param name="Voided">成绩无效.</param>
public sealed record CreditComponent(string TrackKey, string Component, string SessionId, DateOnly ExamDate, decimal Score, decimal PassMark, bool Voided)
{
    /// <summary>Not void and at or above the pass mark.</summary>
    public bool Passed => !Voided && Score >= PassMark;
}
