namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Items that state the same fact in other words (stem + key compared after normalising, <see cref="SimilarPairs"/>).
/// Two that may share a paper (their levels overlap) and are not declared <c>enemies</c> are an error: one gives the other
/// away. Two of different 工种 at the same level never share a paper and are not compared. Two at different levels are the higher one restating the lower (restates-lower-level): a warning on the item, and
/// an error when more than <see cref="LintRules.MaxRestatesLowerShare"/> of a level's own items (those not shared with every
/// level, as the 基本要求 module's are) do it.
/// </summary>
internal sealed class NearDuplicateRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var items = context.Items;
        var enemies = new HashSet<(string, string)>();
        foreach (var item in items)
        {
            foreach (var enemy in item.Item.Enemies)
            {
                enemies.Add((item.Item.Id, enemy));
                enemies.Add((enemy, item.Item.Id));
            }
        }

        var restating = new Dictionary<int, HashSet<string>>();
        foreach (var (i, j, similarity) in SimilarPairs.Find(items.Select(x => x.Pairs).ToList(), (double)context.Rules.NearDuplicateSimilarity))
        {
            var (a, b) = (items[i], items[j]);
            if (a.Levels.Overlaps(b.Levels) || a.Levels.Count == 0 || b.Levels.Count == 0)
            {
                if (a.Levels.Count > 0 && b.Levels.Count > 0 && !a.Papers.Overlaps(b.Papers))
                {
                    continue;
                }

                if (!enemies.Contains((a.Item.Id, b.Item.Id)))
                {
                    context.Error(BankLintRules.NearDuplicate, b.Item.Location,
                        $"item {b.Item.Id} 与 item {a.Item.Id}（{a.Item.Location}）说的是同一事实（相似度 {similarity:0.00}），可能同卷互相提示：改写其一，或声明 enemies: [{a.Item.Id}] (restates item {a.Item.Id} (similarity {similarity:0.00}) and may share a paper with it: rewrite one, or declare them enemies)");
                }

                continue;
            }

            var (higher, lower) = a.Levels.Min() < b.Levels.Min() ? (a, b) : (b, a);
            context.Warn(BankLintRules.RestatesLowerLevel, higher.Item.Location,
                $"item {higher.Item.Id}（{Levels(context, higher)}）重复了 {Levels(context, lower)} 的 item {lower.Item.Id}（{lower.Item.Location}，相似度 {similarity:0.00}），高一级的题应考新的内容 (restates the lower-level item {lower.Item.Id} (similarity {similarity:0.00}): a higher level should test something new)");
            foreach (var level in higher.Levels)
            {
                if (!restating.TryGetValue(level, out var set))
                {
                    restating[level] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(higher.Item.Id);
            }
        }

        var everyLevel = context.Bank.Occupation.AssessedLevels.Count;
        foreach (var level in context.Levels)
        {
            var own = items.Count(i => i.Levels.Contains(level) && i.Levels.Count < everyLevel);
            var count = restating.GetValueOrDefault(level)?.Count ?? 0;
            if (own == 0 || context.Levels.Max() == level)
            {
                continue;
            }

            var share = LintContext.Share(count, own);
            context.AtMost(BankLintRules.RestatesLowerLevel, level, "重复低一级的题占比 restates-lower share", share, context.Rules.MaxRestatesLowerShare, context.LevelLocation(level),
                $"{context.LevelName(level)}：本级 {own} 道题中 {count} 道（{share:P0}）重复低等级的题，上限 {context.Rules.MaxRestatesLowerShare:P0} ({share:P0} of the level's own items restate a lower level's, above {context.Rules.MaxRestatesLowerShare:P0})");
        }
    }

    private static string Levels(LintContext context, LintItem item) =>
        string.Join("/", item.Levels.OrderDescending().Select(context.LevelName));
}
