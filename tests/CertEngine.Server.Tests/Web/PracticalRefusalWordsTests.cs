using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Tests.Web;

/// <summary>The practical attempt's reason codes read as the grain's words did before they became codes.</summary>
public sealed class PracticalRefusalWordsTests
{
    [Theory]
    [InlineData(RefusalCode.PracticalOnlyChiefAdjudicates, new string[0], "只有考评组长可以裁定 (only the chief assessor adjudicates)")]
    [InlineData(RefusalCode.PracticalAssessorsFixedBySignedSheet, new string[0], "已有评分表签署，不能更换考评员 (a score sheet is already signed: assessors can no longer change)")]
    [InlineData(RefusalCode.PracticalVetoOutOfRange, new[] { "0", "0" }, "否决项序号 0 不存在，本题只有 0 项 (veto index 0 is out of range: the task has 0)")]
    [InlineData(RefusalCode.PracticalCriterionOutOfRange, new[] { "c1", "40.5", "40" }, "评分项 'c1' 得分 40.5 超出 0–40 (criterion 'c1' awarded 40.5, allowed 0 to 40)")]
    [InlineData(RefusalCode.PracticalTaskFullySheeted, new[] { "3" }, "本题已有 3 名考评员评分，无需再评 (this task already has its 3 sheets)")]
    public void Bilingual_APracticalReason_ReadsAsTheGrainsWordsDid(RefusalCode code, string[] args, string expected)
    {
        Assert.Equal(expected, RefusalWords.Bilingual(Refusal.Of(code, args)));
    }

    [Fact]
    public void For_English_FillsTheCriterionsIdAndName()
    {
        var notScored = Refusal.Of(RefusalCode.PracticalCriterionNotScored, "c2", "操作");

        Assert.Equal("criterion 'c2' (操作) is not scored", RefusalWords.For(notScored, CultureInfo.GetCultureInfo("en")));
        Assert.Equal("评分项 'c2'（操作）未评分", RefusalWords.For(notScored, CultureInfo.GetCultureInfo("zh-CN")));
    }
}
