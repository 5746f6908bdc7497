using System.Globalization;
using System.Text.RegularExpressions;
using CertEngine.Contracts;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Tests.Web;

public sealed partial class RefusalWordsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void EveryReasonCode_HasChineseAndEnglishWords_WithTheSamePlaceholders()
    {
        var problems = new List<string>();
        foreach (var code in Enum.GetValues<RefusalCode>())
        {
            var (zh, en) = (RefusalWords.Template(code, Chinese), RefusalWords.Template(code, English));
            if (zh is null || en is null || zh == en)
            {
                problems.Add($"{code}: zh «{zh}», en «{en}»");
            }
            else if (!Placeholders(zh).SetEquals(Placeholders(en)))
            {
                problems.Add($"{code}: placeholders differ: «{zh}» / «{en}»");
            }
            else if (!ContainsChinese(zh) || ContainsChinese(en))
            {
                problems.Add($"{code}: the Chinese words are not Chinese, or the English ones are not English");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // The English words follow the Chinese in parentheses, "考试时间已到 (time is up)", as every hand-written bilingual
    // line does ("没有批次 … (no such batch)"): one casing for all of them, lower case first.
    [Fact]
    public void EveryReasonCode_EnglishWords_StartInLowerCase()
    {
        var capitalised = Enum.GetValues<RefusalCode>()
            .Select(code => (code, en: RefusalWords.Template(code, English)))
            .Where(t => t.en is { Length: > 0 } en && char.IsUpper(en[0]))
            .Select(t => $"{t.code}: «{t.en}»").ToList();

        Assert.True(capitalised.Count == 0, string.Join('\n', capitalised));
    }

    [Fact]
    public void Bilingual_FillsTheArgs_ChineseFirst_AndFollowsWithThePassedOnCause()
    {
        var ceiling = Refusal.Of(RefusalCode.AttemptExtraTimeCeiling, "30", "20", "10");
        var passedOn = CommandReply.Refuse(Refusal.Of(RefusalCode.SessionPapersNotAssembled).Because(Refusal.Of(RefusalCode.AttemptNoPaperPlan)));
        var wordsPassedOn = new CommandReply(false, "不符合申报条件 (not eligible)", Refusal.Of(RefusalCode.SessionSeatCannotSit, "3"));

        Assert.Equal("每名考生累计延时不得超过 30 分钟，已延时 20 分钟，最多还可延时 10 分钟 " +
            "(extra time for one candidate is capped at 30 minutes in total; 20 granted, at most 10 more)", RefusalWords.Bilingual(ceiling));
        Assert.Equal("组卷失败，未开放签到 (papers could not be assembled): 无法组卷：题库或组卷方案不可用 (no paper plan for this track)",
            RefusalWords.Bilingual(passedOn));
        Assert.Equal("考位 3 (seat 3): 不符合申报条件 (not eligible)", RefusalWords.Bilingual(wordsPassedOn));
        Assert.Equal("time is up", RefusalWords.For(Refusal.Of(RefusalCode.AttemptTimeUp), English));
        Assert.Equal("考试时间已到", RefusalWords.For(Refusal.Of(RefusalCode.AttemptTimeUp), Chinese));
    }

    [Fact]
    public void NotEligible_ListsEveryConditionWithWhy_LevelsAndSchoolsInWords()
    {
        var refusal = Refusal.Of(RefusalCode.TrackNotEligible) with
        {
            Details =
            [
                Refusal.Of(RefusalCode.TrackConditionNotMet, "3-cert", "四级证书后满5年").Because(Refusal.Of(RefusalCode.EligibilityNoPriorCertificate, "4-10-01-06", "Level4")),
                Refusal.Of(RefusalCode.TrackConditionNotMet, "3-college", "大专及以上").Because(Refusal.Of(RefusalCode.EligibilityNoGraduation, "JuniorCollege,Bachelor")),
            ],
        };

        Assert.Equal(
            "不符合申报条件：3-cert「四级证书后满5年」未满足：未持有本职业（4-10-01-06）四级证书；3-college「大专及以上」未满足：没有大专、本科毕业证书",
            RefusalWords.For(refusal, Chinese));
        Assert.Equal(
            "not eligible: condition 3-cert (四级证书后满5年) not met: no level 4 certificate of occupation 4-10-01-06; " +
            "condition 3-college (大专及以上) not met: no graduation certificate from: junior college, bachelor",
            RefusalWords.For(refusal, English));
        Assert.StartsWith("不符合申报条件 (not eligible): 3-cert「四级证书后满5年」未满足 (condition 3-cert (四级证书后满5年) not met): 未持有本职业", RefusalWords.Bilingual(refusal));
    }

    [Fact]
    public void Bilingual_NamedValues_AreInTheirWords_ListsToo()
    {
        Assert.Equal("尚有未通过的考核项目：理论知识考试、操作技能考核 (not every component has passed: theory exam, practical assessment)",
            RefusalWords.Bilingual(Refusal.Of(RefusalCode.CertificationNotYetPassed, "Theory,Practical")));
        Assert.Equal("场次当前状态为已结束，不能开考 (session is closed; starting is not allowed)",
            RefusalWords.Bilingual(Refusal.Of(RefusalCode.SessionNotAllowedNow, "Closed", "Start")));
        Assert.Equal("考位 3 (seat 3)", RefusalWords.Bilingual(Refusal.Of(RefusalCode.SessionSeatCannotSit, "3")));
        Assert.Equal("已撤销的证书不能撤销 (cannot revoke a revoked certificate)",
            RefusalWords.Bilingual(Refusal.Of(RefusalCode.CertificateNotAllowedFromStatus, "Revoked", "Revoke")));
    }

    [Fact]
    public void Bilingual_AReplyInWordsOnly_IsItsWords()
    {
        Assert.Equal("场次未在进行中 (the sitting is not under way)", RefusalWords.Bilingual(CommandReply.Refuse("场次未在进行中 (the sitting is not under way)")));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static bool ContainsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
