namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// A choice stem that asks in the negative (不正确的是, 不属于 …) without emphasising the negative: candidates read past it.
/// Emphasis is a mark (<see cref="LintRules.EmphasisMarks"/>: “不正确”, 【不】, **不** …) written just before the negative word.
/// A warning on each such stem; 判断 statements are exempt, since they state rather than ask.
/// </summary>
internal sealed class NegativeStemRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var rules = context.Rules;
        foreach (var item in context.Items.Where(i => i.IsChoice))
        {
            var stem = item.Item.Stem;
            var plain = rules.NegativeWords.FirstOrDefault(w => Occurrences(stem, w).Any(at => !rules.EmphasisMarks.Any(m => stem[..at].EndsWith(m, StringComparison.Ordinal))));
            if (plain is not null)
            {
                context.Warn(BankLintRules.NegativeStem, item.Item.Location.At("stem"),
                    $"item {item.Item.Id}: 题干以否定方式提问（{plain}），否定词应加着重号或引号，如“{plain}” (the stem asks in the negative ({plain}) without emphasis: mark it, e.g. “{plain}”)");
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
