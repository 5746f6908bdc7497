using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Results;

/// <summary>
/// A candidate's result in one component at one sitting (单科成绩). Components are never added up: there is no total
/// (RULES.md §2).
/// </summary>
/// <param name="Score">百分制 score, 0–100 inclusive.</param>
/// <param name="PassMark">The track's pass mark for the component when the session ran, 0–100 inclusive.</param>
/// <param name="SatOn">The sitting's date.</param>
/// <param name="SessionId">The exam session (考试场次) the sitting belonged to; never blank.</param>
/// <param name="Void">成绩无效: voided for misconduct (RULES.md §7); a void result never passes and blocks certification.</param>
public sealed record ComponentResult(ComponentKind Kind, decimal Score, decimal PassMark, DateOnly SatOn, string SessionId, bool Void)
{
    /// <summary>0–100 inclusive.</summary>
    public decimal Score { get; } = Score is >= 0 and <= 100 ? Score : throw new ArgumentOutOfRangeException(nameof(Score), Score, "a score lies in 0–100");

    /// <summary>0–100 inclusive.</summary>
    public decimal PassMark { get; } = PassMark is >= 0 and <= 100
        ? PassMark
        : throw new ArgumentOutOfRangeException(nameof(PassMark), PassMark, "a pass mark lies in 0–100");

    /// <summary>Never blank.</summary>
    public string SessionId { get; } = string.IsNullOrWhiteSpace(SessionId)
        ? throw new ArgumentException("a result names its session", nameof(SessionId))
        : SessionId;

    /// <summary>True when not void and the score reaches the pass mark (a score equal to it passes).</summary>
    public bool Passed => !Void && Score >= PassMark;
}
