namespace CertEngine.Domain.QuestionBanks;

public static partial class BankValidator
{
    /// <summary>
    /// The 综合评审 material: one per level, only for a level whose components include a review; criteria with unique
    /// ids making 100; a 答辩 pool of unique ids whose elements are the level's syllabus, with enough distinct elements for
    /// the draw and at least the pool ratio × the draw.
    /// </summary>
    private static void CheckReviews(Bank bank, List<BankProblem> problems)
    {
        var levels = new HashSet<int>();
        var questionIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var review in bank.Reviews)
        {
            var what = $"review {review.Level}";
            if (!levels.Add(review.Level))
            {
                Error(problems, review.Location, BankRules.DuplicateId, $"{what}: 同一等级只能有一份综合评审材料 (one review material per level)");
            }

            if (bank.Occupation.IsSpecialty || !bank.Occupation.ComponentsFor(review.Level).Any(c => c.Kind == ComponentKind.Review))
            {
                Error(problems, review.Location, BankRules.Review,
                    $"{what}: 本职业该等级没有综合评审（见 occupation.yaml 的 components） (the occupation has no review component at level {review.Level})");
            }

            CheckReviewCriteria(review, what, problems);
            CheckReviewPool(bank, review, what, questionIds, problems);
        }
    }

    private static void CheckReviewCriteria(ReviewMaterial review, string what, List<BankProblem> problems)
    {
        if (review.Criteria.Count == 0)
        {
            Error(problems, review.Location, BankRules.Review, $"{what}: 没有评分标准 criteria (no criteria)");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in review.Criteria.Where(c => !ids.Add(c.Id)))
        {
            Error(problems, criterion.Location ?? review.Location, BankRules.DuplicateId, $"{what}: 评分项 id '{criterion.Id}' 重复 (duplicate criterion id)");
        }

        var total = review.Criteria.Sum(c => c.Points);
        if (total != 100)
        {
            Error(problems, review.Location, BankRules.RubricPoints,
                $"{what}: 评分项配分合计 {total:0.##}，应为 100 (the criteria's points make {total:0.##}, not 100)");
        }
    }

    private static void CheckReviewPool(Bank bank, ReviewMaterial review, string what, Dictionary<string, SourceLocation> questionIds, List<BankProblem> problems)
    {
        foreach (var question in review.Questions)
        {
            if (questionIds.TryGetValue(question.Id, out var first))
            {
                Error(problems, question.Location, BankRules.DuplicateId, $"{what}: 答辩题 id '{question.Id}' 重复，首次出现在 {first} (duplicate question id, first at {first})");
            }
            else
            {
                questionIds.Add(question.Id, question.Location);
            }

            var nodeId = bank.FindElement(question.ElementId)?.NodeId ?? bank.FindNode(question.ElementId)?.Id;
            if (nodeId is null)
            {
                Error(problems, question.Location, BankRules.UnknownElement,
                    $"{what} question {question.Id}: 大纲中没有 '{question.ElementId}' (no syllabus node or 鉴定点 '{question.ElementId}')");
            }
            else if (!bank.AppliesTo(nodeId, review.Level, null))
            {
                Error(problems, question.Location, BankRules.Level,
                    $"{what} question {question.Id}: '{question.ElementId}' 不属于 {review.Level} 级的大纲 ('{question.ElementId}' is not in level {review.Level}'s syllabus)");
            }
        }

        var elements = review.Questions.Select(q => q.ElementId).Distinct(StringComparer.Ordinal).Count();
        if (elements < review.Draw)
        {
            Error(problems, review.Location, BankRules.PoolShortfall,
                $"{what}: 每名考生抽 {review.Draw} 题、每个要素至多 1 题，但答辩题只涉及 {elements} 个要素 (a draw of {review.Draw}, at most one per element, needs {review.Draw} elements; the pool has {elements})");
        }

        var needed = (int)Math.Ceiling(bank.Rules.MinPoolRatio * review.Draw);
        if (review.Questions.Count < needed)
        {
            Error(problems, review.Location, BankRules.PoolShortfall,
                $"{what}: 答辩题 {review.Questions.Count} 道，少于抽题数的 {bank.Rules.MinPoolRatio:0.##} 倍 {needed} 道 (the pool holds {review.Questions.Count} questions, fewer than {needed})");
        }
    }
}
