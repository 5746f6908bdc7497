namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// The 综合评审 material of one level (<c>review.yaml</c>): what the candidate hands in (申报材料), the panel's 评分标准 and
/// the 答辩 question pool the panel draws from for each candidate (RULES.md §2: 审阅申报材料 plus 答辩).
/// </summary>
/// <param name="Level">The level whose review this is (二级 or 一级).</param>
/// <param name="Minutes">The time the panel spends with one candidate, at least.</param>
/// <param name="Summary">What the candidate's document (技术总结, 典型案例分析 …) must be.</param>
/// <param name="Criteria">The panel's criteria; every member scores each one, their points make 100.</param>
/// <param name="Draw">How many 答辩 questions each candidate is asked, at most one per element.</param>
/// <param name="Questions">The 答辩 pool, in written order.</param>
public sealed record ReviewMaterial(
    int Level,
    int Minutes,
    ReviewSummary Summary,
    IReadOnlyList<RubricCriterion> Criteria,
    int Draw,
    IReadOnlyList<ReviewQuestion> Questions,
    SourceLocation Location);

/// <summary>The candidate's document for the review: the forms accepted, its least length and what it must contain.</summary>
public sealed record ReviewSummary(IReadOnlyList<string> Kinds, int MinChars, IReadOnlyList<string> Requirements);

/// <summary>One 答辩 question with the reference answer's points the panel listens for.</summary>
/// <param name="ElementId">The syllabus node or 鉴定点 the question belongs to; the draw takes at most one per element.</param>
public sealed record ReviewQuestion(string Id, int Version, string ElementId, string Text, IReadOnlyList<string> Points, SourceLocation Location);
