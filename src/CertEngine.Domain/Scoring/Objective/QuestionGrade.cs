namespace CertEngine.Domain.Scoring;

/// <summary>The grade of one question of a paper.</summary>
/// <param name="Index">The question's 0-based position on the paper.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Awarded">Points awarded, 0 ≤ Awarded ≤ Points.</param>
/// <param name="Points">The question's full points.</param>
public sealed record QuestionGrade(int Index, string ItemId, decimal Awarded, decimal Points);
