namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Difficulty ratings per level, which a compressed scale makes useless for assembling papers of equal difficulty: no one
/// rating on more than <see cref="LintRules.MaxDifficultyShare"/> of the items, at least <see cref="LintRules.MinDifficultyRatings"/>
/// ratings used, and at least <see cref="LintRules.MinHardShare"/> rated <see cref="LintRules.HardDifficulty"/> or above.
/// </summary>
internal sealed class DifficultySpreadRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var rules = context.Rules;
        foreach (var level in context.Levels)
        {
            var items = context.Items.Where(i => i.Levels.Contains(level)).Select(i => i.Item).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var name = context.LevelName(level);
            var at = context.LevelLocation(level);
            var counts = items.GroupBy(i => i.Difficulty).ToDictionary(g => g.Key, g => g.Count());
            var spread = string.Join(" ", Enumerable.Range(1, 5).Select(d => $"{d}:{counts.GetValueOrDefault(d)}"));
            var (top, topCount) = counts.MaxBy(c => c.Value) is var m ? (m.Key, m.Value) : default;
            var topShare = LintContext.Share(topCount, items.Count);
            context.AtMost(BankLintRules.DifficultySpread, level, "最多的难度占比 largest rating share", topShare, rules.MaxDifficultyShare, at,
                $"{name}：难度 {top} 占 {topShare:P0}（{spread}），单一难度不应超过 {rules.MaxDifficultyShare:P0} (rating {top} holds {topShare:P0} of the level's items ({spread}), above {rules.MaxDifficultyShare:P0})");
            context.AtLeast(BankLintRules.DifficultySpread, level, "使用的难度级数 ratings used", counts.Count, rules.MinDifficultyRatings, at,
                $"{name}：只用了 {counts.Count} 个难度等级（{spread}），至少应有 {rules.MinDifficultyRatings} 个 (only {counts.Count} ratings used ({spread}), needs {rules.MinDifficultyRatings})");
            var hard = counts.Where(c => c.Key >= rules.HardDifficulty).Sum(c => c.Value);
            var hardShare = LintContext.Share(hard, items.Count);
            context.AtLeast(BankLintRules.DifficultySpread, level, $"难度 ≥ {rules.HardDifficulty} 占比 hard share", hardShare, rules.MinHardShare, at,
                $"{name}：难度 {rules.HardDifficulty} 及以上只占 {hardShare:P0}（{spread}），至少应有 {rules.MinHardShare:P0} (ratings ≥ {rules.HardDifficulty} hold {hardShare:P0} of the level's items ({spread}), below {rules.MinHardShare:P0})");
        }
    }
}
