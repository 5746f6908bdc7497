using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

public sealed class StaffingRuleTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(30, 2)]
    [InlineData(31, 3)]
    [InlineData(45, 3)]
    [InlineData(46, 4)]
    public void ProctorsNeeded_Default_IsMaxOfTwoAndOnePerFifteen(int candidates, int needed)
    {
        Assert.Equal(needed, StaffingRule.Default.ProctorsNeeded(candidates));
    }

    [Fact]
    public void ProctorsNeeded_OldTwentyToOneRatioAsData_UsesIt()
    {
        var rule = StaffingRule.Default with { CandidatesPerProctor = 20 };

        Assert.Equal(2, rule.ProctorsNeeded(40));
        Assert.Equal(3, rule.ProctorsNeeded(41));
    }

    [Fact]
    public void Check_TheoryWithDuplicateProctor_CountsItOnce()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Theory, 10, ["p1", "p1"], [], null, 0);

        Assert.Equal("监考人员不足：10 名考生至少需要 2 名监考人员，现有 1 名 (not enough proctors: 2 needed, 1 assigned; RULES.md §4)", refusal);
    }

    [Fact]
    public void Check_ReviewPanelOfFour_RefusedAsEven()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Review, 3, [], ["a", "b", "c", "d"], "a", 3);

        Assert.Equal("综合评审委员须不少于 3 名且为单数，现有 4 名 (a review panel needs at least 3 members, an odd number; RULES.md §4)", refusal);
    }

    [Fact]
    public void Check_ReviewPanelOfFiveWithChief_Accepted()
    {
        Assert.Null(StaffingRule.Default.Check(ComponentKind.Review, 3, [], ["a", "b", "c", "d", "e"], "c", 3));
    }

    [Fact]
    public void Check_PracticalChiefOutsideThePanel_Refused()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Practical, 3, [], ["a", "b", "c"], "z", 3);

        Assert.Equal("须指定考评组长，且考评组长须在考评员名单中 (a chief assessor from the panel is required)", refusal);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(15, 3)]
    [InlineData(16, 5)]
    [InlineData(25, 5)]
    [InlineData(26, 7)]
    [InlineData(30, 7)]
    [InlineData(35, 7)]
    [InlineData(36, 9)]
    public void AssessorsNeeded_Default_IsMaxOfThreeAndOnePerFiveRoundedUpToOdd(int candidates, int needed)
    {
        Assert.Equal(needed, StaffingRule.Default.AssessorsNeeded(candidates));
    }

    [Fact]
    public void AssessorsNeeded_OddSwitchedOff_KeepsTheEvenCount()
    {
        var rule = StaffingRule.Default with { OddAssessors = false, CandidatesPerAssessor = 4 };

        Assert.Equal(8, rule.AssessorsNeeded(30));
    }

    [Fact]
    public void Check_PracticalRoomOfThirtyWithSixAssessors_RefusedWithTheRatio()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Practical, 30, [], ["a", "b", "c", "d", "e", "f"], "a", 3);

        Assert.Equal("考评人员不足：30 名考生的技能考场至少需要 7 名考评员且为单数（考评员与考生 1:5，不少于 3 名），现有 6 名 "
            + "(not enough assessors: 30 candidates need 7, an odd number, 1 per 5 and at least 3; 6 assigned; RULES.md §4)", refusal);
    }

    [Fact]
    public void Check_PracticalRoomOfThirtyWithEightAssessors_RefusedAsEven()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Practical, 30, [], ["a", "b", "c", "d", "e", "f", "g", "h"], "a", 3);

        Assert.Equal("技能考场考评员人数须为单数，现有 8 名 (a practical room needs an odd number of assessors; 8 assigned; RULES.md §4)", refusal);
    }

    [Fact]
    public void Check_PracticalRoomOfThirtyWithSevenAssessors_Accepted()
    {
        Assert.Null(StaffingRule.Default.Check(ComponentKind.Practical, 30, [], ["a", "b", "c", "d", "e", "f", "g"], "g", 3));
    }

    [Fact]
    public void Check_PracticalWithDuplicateAssessor_CountsItOnce()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Practical, 2, [], ["a", "b", "c", "d", "a"], "a", 3);

        Assert.Equal("技能考场考评员人数须为单数，现有 4 名 (a practical room needs an odd number of assessors; 4 assigned; RULES.md §4)", refusal);
    }
}
