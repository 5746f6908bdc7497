using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// Scores a 综合评审 (review: 审阅申报材料 plus 答辩) the way a practical task is scored: the panel members are the
/// assessors and each gives one total from 0 to 100 (RULES.md §2, §7).
/// </summary>
public static class ReviewPanelScoring
{
    /// <summary>The rubric-less "task" a panel scores: 100 points, no criteria, no 否决项.</summary>
    public static PracticalTask Task { get; } = new(
        "review", 1, "review", "综合评审", 0, 100m, [], "", [], [], new SourceLocation("(综合评审)", 0));

    /// <summary>Combines the panel's <see cref="AssessorSheet.SingleTotal"/> sheets as <see cref="TaskScoring.Combine"/> does.</summary>
    /// <param name="policy">The track's panel policy; its threshold is in points out of 100.</param>
    /// <exception cref="ArgumentException">A sheet is not a single total from 0 to 100, or as for <see cref="TaskScoring.Combine"/>.</exception>
    public static TaskOutcome Combine(IReadOnlyList<AssessorSheet> sheets, PracticalPolicy policy) =>
        TaskScoring.Combine(Task, sheets, policy);
}
