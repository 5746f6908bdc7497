namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// 判断 true/false balance per level: the share keyed true (正确) must lie within <see cref="LintRules.MinJudgeTrueShare"/>
/// and <see cref="LintRules.MaxJudgeTrueShare"/>, so a candidate who answers all-true or all-false gains nothing.
/// </summary>
internal sealed class JudgeBalanceRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var rules = context.Rules;
        foreach (var level in context.Levels)
        {
            var judges = context.Items.Where(i => i.Item.Type == ItemType.Judge && i.Levels.Contains(level)).ToList();
            if (judges.Count == 0)
            {
                continue;
            }

            var trueCount = judges.Count(i => i.IsTrueStatement);
            var share = LintContext.Share(trueCount, judges.Count);
            var message = $"{context.LevelName(level)}：{judges.Count} 道判断题中 {trueCount} 道答案为“正确”（{share:P0}），应在 {rules.MinJudgeTrueShare:P0}–{rules.MaxJudgeTrueShare:P0} 之间 ({share:P0} of the level's 判断 are keyed true, outside {rules.MinJudgeTrueShare:P0}–{rules.MaxJudgeTrueShare:P0})";
            if (context.AtLeast(BankLintRules.JudgeBalance, level, "判断题答案为正确的占比 judge true share", share, rules.MinJudgeTrueShare, context.LevelLocation(level), message))
            {
                context.AtMost(BankLintRules.JudgeBalance, level, "判断题答案为正确的占比 judge true share", share, rules.MaxJudgeTrueShare, context.LevelLocation(level), message);
            }
        }
    }
}
