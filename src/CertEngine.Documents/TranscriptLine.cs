namespace CertEngine.Documents;

/// <summary>One component result on a transcript (百分制, never summed with the others).</summary>
/// <param name="Component">The component as printed, e.g. 理论知识.</param>
/// <param name="SessionId">The sitting it was scored in.</param>
/// <param name="SatOn">The date of the sitting.</param>
/// <param name="Score">0–100.</param>
/// <param name="PassMark">0–100; the score passes at or above it.</param>
/// <param name="Void">成绩无效: voided for misconduct.</param>
public sealed record TranscriptLine(string Component, string SessionId, DateOnly SatOn, decimal Score, decimal PassMark, bool Void)
{
    /// <summary>Not void and at or above the pass mark.</summary>
    public bool Passed => !Void && Score >= PassMark;
}
