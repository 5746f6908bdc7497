namespace CertEngine.Storage.Records.Exports;

/// <summary>A component's result as a report carries it.</summary>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark out of 100.</param>
/// <param name="ExamDate">The exam date (China time).</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Centre">The sitting's exam centre (考点), empty when the sitting is not in the index.</param>
/// <param name="Voided">成绩无效.</param>
public sealed record NationalScore(decimal Score, decimal PassMark, DateOnly ExamDate, string SessionId, string Centre, bool Voided)
{
    /// <summary>Not void and at or above the pass mark (60 itself passes).</summary>
    public bool Passed => !Voided && Score >= PassMark;
}
