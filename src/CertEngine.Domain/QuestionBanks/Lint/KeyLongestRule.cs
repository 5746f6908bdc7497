namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// The key as the longest option (答案最长): test-wise candidates pick the longest option. Bank-level: the share of 单选 whose
/// key is strictly longer than every distractor, against <see cref="LintRules.MaxKeyLongestShare"/> (chance is about 1 in 4).
/// Per item: a warning when the key is longer than <see cref="LintRules.KeyLongestRatio"/> × the longest distractor.
/// </summary>
internal sealed class KeyLongestRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var singles = context.Items.Where(i => i.Item.Type == ItemType.Single && i.Item.Options.Count > 1).ToList();
        if (singles.Count == 0)
        {
            return;
        }

        var longest = 0;
        foreach (var item in singles)
        {
            var key = item.KeyTexts.Select(LintText.VisibleLength).DefaultIfEmpty(0).Max();
            var distractor = item.DistractorTexts.Select(LintText.VisibleLength).DefaultIfEmpty(0).Max();
            if (key <= distractor)
            {
                continue;
            }

            longest++;
            if (key > context.Rules.KeyLongestRatio * distractor)
            {
                context.Warn(BankLintRules.KeyLongest, item.Item.Location.At("key"),
                    $"item {item.Item.Id}: 答案 {key} 字，比最长的干扰项（{distractor} 字）长得多，凭长度即可猜中 (the key has {key} characters, more than {LintContext.Format(context.Rules.KeyLongestRatio)} × the longest distractor's {distractor}: its length gives it away)");
            }
        }

        var share = LintContext.Share(longest, singles.Count);
        context.AtMost(BankLintRules.KeyLongest, null, "单选答案最长占比 key-longest share", share, context.Rules.MaxKeyLongestShare, context.Bank.Occupation.Location,
            $"{longest}/{singles.Count} 道单选（{share:P0}）的答案是最长的选项，上限 {context.Rules.MaxKeyLongestShare:P0}；请加长干扰项或精简答案 ({share:P0} of 单选 have the strictly longest option as key, above {context.Rules.MaxKeyLongestShare:P0}: lengthen distractors or trim keys)");
    }
}
