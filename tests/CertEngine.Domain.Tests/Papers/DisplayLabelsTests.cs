using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.Papers;

public sealed class DisplayLabelsTests
{
    private static readonly PaperQuestion Choice = new("q1", 1, ItemType.Single, 1m, "cell", ["C", "A", "D", "B"]);
    private static readonly PaperQuestion Judge = new("q2", 1, ItemType.Judge, 1m, "cell", []);

    [Theory]
    [InlineData("A", "C")]
    [InlineData("B", "A")]
    [InlineData("C", "D")]
    [InlineData("D", "B")]
    public void ToStored_ShownLabel_GivesStoredLabelAndBack(string display, string stored)
    {
        Assert.Equal(stored, DisplayLabels.ToStored(Choice, display));
        Assert.Equal(display, DisplayLabels.ToDisplay(Choice, stored));
    }

    [Theory]
    [InlineData("E")]
    [InlineData("a")]
    [InlineData("AB")]
    [InlineData("true")]
    public void ToStored_LabelNotShown_IsNull(string display)
    {
        Assert.Null(DisplayLabels.ToStored(Choice, display));
    }

    [Fact]
    public void ToStored_List_MapsEveryLabelOrNone()
    {
        Assert.Equal(["A", "B"], DisplayLabels.ToStored(Choice, ["B", "D"]));
        Assert.Null(DisplayLabels.ToStored(Choice, ["B", "Q"]));
    }

    [Fact]
    public void ToStored_JudgeQuestion_PassesTrueAndFalseOnly()
    {
        Assert.Equal(("true", "false", (string?)null), (DisplayLabels.ToStored(Judge, "true"), DisplayLabels.ToStored(Judge, "false"), DisplayLabels.ToStored(Judge, "A")));
        Assert.Equal("false", DisplayLabels.ToDisplay(Judge, "false"));
    }

    [Fact]
    public void ForPosition_ZeroAndTwentyFive_AreAAndZ()
    {
        Assert.Equal(("A", "Z"), (DisplayLabels.ForPosition(0), DisplayLabels.ForPosition(25)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayLabels.ForPosition(26));
    }
}
