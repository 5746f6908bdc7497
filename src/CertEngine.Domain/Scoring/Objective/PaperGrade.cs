namespace CertEngine.Domain.Scoring;

/// <summary>The objective grade of a theory paper.</summary>
/// <param name="Score">The sum of the awarded points (not rounded).</param>
/// <param name="MaxPoints">The paper's total points (normally 100).</param>
/// <param name="Questions">One grade per question, in paper order.</param>
public sealed record PaperGrade(decimal Score, decimal MaxPoints, IReadOnlyList<QuestionGrade> Questions);
