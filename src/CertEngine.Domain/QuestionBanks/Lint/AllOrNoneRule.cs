namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Options such as 以上都对 / 以上都不对 (<see cref="LintRules.AllOrNoneOptions"/>): they test whether the candidate spots two
/// right (or wrong) options, not the fact, and a 单选 with 以上都对 as key has two keys in effect. A warning on each.
/// </summary>
internal sealed class AllOrNoneRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var phrases = context.Rules.AllOrNoneOptions.Select(p => LintText.Normalize(p, [])).ToHashSet(StringComparer.Ordinal);
        foreach (var item in context.Items.Where(i => i.IsChoice))
        {
            foreach (var option in item.Item.Options.Where(o => phrases.Contains(LintText.Normalize(o.Text, []))))
            {
                context.Warn(BankLintRules.AllOrNone, item.Item.Location.At("options"),
                    $"item {item.Item.Id}: 选项 {option.Label}「{option.Text}」是“以上都对/都不对”类选项，请改为具体内容 (option {option.Label} is an all/none-of-the-above option: write a real one)");
            }
        }
    }
}
