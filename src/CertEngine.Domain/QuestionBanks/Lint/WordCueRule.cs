namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Absolute words (一律, 只要 …) that mark wrong options and hedges (一般, 适当 …) that mark right ones. Bank-level: the share
/// of distractors and of keys holding such words must not differ by more than <see cref="LintRules.MaxWordGap"/>, nor
/// false and true 判断 by more than <see cref="LintRules.MaxJudgeWordGap"/>. Per item: a warning when the key is the only
/// option without an absolute word (and two or more distractors have one), or the only option with a hedge.
/// </summary>
internal sealed class WordCueRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var rules = context.Rules;
        bool Absolute(string text) => LintText.HasAny(text, rules.AbsoluteWords, rules.HedgeWords);
        bool Hedge(string text) => LintText.HasAny(text, rules.HedgeWords);

        var choices = context.Items.Where(i => i.IsChoice).ToList();
        var keys = choices.SelectMany(i => i.KeyTexts).ToList();
        var distractors = choices.SelectMany(i => i.DistractorTexts).ToList();
        var at = context.Bank.Occupation.Location;
        if (keys.Count > 0 && distractors.Count > 0)
        {
            Gap(context, "选择题", "choice", "干扰项", "distractors", "答案", "keys", distractors, keys, Absolute, Hedge, rules.MaxWordGap, at);
        }

        var judges = context.Items.Where(i => i.Item.Type == ItemType.Judge).ToList();
        var falseStatements = judges.Where(i => !i.IsTrueStatement).Select(i => i.Item.Stem).ToList();
        var trueStatements = judges.Where(i => i.IsTrueStatement).Select(i => i.Item.Stem).ToList();
        if (falseStatements.Count > 0 && trueStatements.Count > 0)
        {
            Gap(context, "判断题", "judge", "错误陈述", "false statements", "正确陈述", "true statements", falseStatements, trueStatements, Absolute, Hedge, rules.MaxJudgeWordGap, at);
        }

        foreach (var item in choices)
        {
            var keyTexts = item.KeyTexts.ToList();
            var others = item.DistractorTexts.ToList();
            if (others.Count(Absolute) >= 2 && others.All(Absolute) && !keyTexts.Any(Absolute))
            {
                context.Warn(BankLintRules.WordCue, item.Item.Location.At("options"),
                    $"item {item.Item.Id}: 只有答案不含绝对化用语（一律、只要……），凭用语即可排除干扰项 (only the key lacks an absolute word: the wording rules the distractors out)");
            }
            else if (keyTexts.Any(Hedge) && !others.Any(Hedge))
            {
                context.Warn(BankLintRules.WordCue, item.Item.Location.At("options"),
                    $"item {item.Item.Id}: 只有答案含留有余地的用语（一般、适当……），凭用语即可猜中 (only the key hedges: the wording gives it away)");
            }
        }
    }

    private static void Gap(
        LintContext context, string kind, string kindEnglish, string wrong, string wrongEnglish, string right, string rightEnglish,
        List<string> wrongTexts, List<string> rightTexts, Func<string, bool> absolute, Func<string, bool> hedge, decimal bound, SourceLocation at)
    {
        var wrongAbsolute = LintContext.Share(wrongTexts.Count(absolute), wrongTexts.Count);
        var rightAbsolute = LintContext.Share(rightTexts.Count(absolute), rightTexts.Count);
        var absoluteGap = Math.Abs(wrongAbsolute - rightAbsolute);
        context.AtMost(BankLintRules.WordCue, null, $"{kind}绝对化用语差 absolute-word gap ({kindEnglish})", absoluteGap, bound, at,
            $"{kind}：{wrong}含绝对化用语 {wrongAbsolute:P1}，{right} {rightAbsolute:P1}，相差超过 {bound:P0}；应让两者用语一致 ({kindEnglish}: absolute words in {wrongAbsolute:P1} of {wrongEnglish} but {rightAbsolute:P1} of {rightEnglish}, a gap above {bound:P0})");

        var wrongHedge = LintContext.Share(wrongTexts.Count(hedge), wrongTexts.Count);
        var rightHedge = LintContext.Share(rightTexts.Count(hedge), rightTexts.Count);
        var hedgeGap = Math.Abs(rightHedge - wrongHedge);
        context.AtMost(BankLintRules.WordCue, null, $"{kind}留余地用语差 hedge-word gap ({kindEnglish})", hedgeGap, bound, at,
            $"{kind}：{right}含留有余地的用语 {rightHedge:P1}，{wrong} {wrongHedge:P1}，相差超过 {bound:P0} ({kindEnglish}: hedges in {rightHedge:P1} of {rightEnglish} but {wrongHedge:P1} of {wrongEnglish}, a gap above {bound:P0})");
    }
}
