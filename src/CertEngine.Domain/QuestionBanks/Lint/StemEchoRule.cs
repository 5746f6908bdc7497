namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// A key that repeats the stem's words (词语呼应): the candidate matches words instead of knowing the fact. A warning when at
/// least <see cref="LintRules.StemEchoShare"/> of a 单选 key's character pairs occur in the stem and every distractor
/// repeats the stem by <see cref="LintRules.StemEchoMargin"/> less.
/// </summary>
internal sealed class StemEchoRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var rules = context.Rules;
        foreach (var item in context.Items.Where(i => i.Item.Type == ItemType.Single))
        {
            var stem = LintText.Bigrams(LintText.Normalize(item.Item.Stem, rules.StopWords));
            double Echo(string option) => LintText.Containment(LintText.Bigrams(LintText.Normalize(option, rules.StopWords)), stem);
            var key = item.KeyTexts.Select(Echo).DefaultIfEmpty(0).Min();
            var distractor = item.DistractorTexts.Select(Echo).DefaultIfEmpty(0).Max();
            if (key >= (double)rules.StemEchoShare && key - distractor >= (double)rules.StemEchoMargin)
            {
                context.Warn(BankLintRules.StemEcho, item.Item.Location.At("key"),
                    $"item {item.Item.Id}: 答案重复题干用语（{key:P0}），干扰项至多 {distractor:P0}，凭字面即可选中 (the key repeats {key:P0} of its wording from the stem, the distractors at most {distractor:P0}: it can be matched by words alone)");
            }
        }
    }
}
