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

        Assert.Equal((StaffingRefusal.ProctorsShort, "10,2,1,15,2"), (refusal!.Reason, string.Join(',', refusal.Args)));
    }

    [Fact]
    public void Check_ReviewPanelOfFour_RefusedAsEven()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Review, 3, [], ["a", "b", "c", "d"], "a", 3);

        Assert.Equal((StaffingRefusal.PanelShortOrEven, "3,4"), (refusal!.Reason, string.Join(',', refusal.Args)));
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

        Assert.Equal(StaffingRefusal.ChiefMissing, refusal?.Reason);
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

        Assert.Equal((StaffingRefusal.RoomAssessorsShortOdd, "30,7,5,3,6"), (refusal!.Reason, string.Join(',', refusal.Args)));
    }

    [Fact]
    public void Check_PracticalRoomOfThirtyWithEightAssessors_RefusedAsEven()
    {
        var refusal = StaffingRule.Default.Check(ComponentKind.Practical, 30, [], ["a", "b", "c", "d", "e", "f", "g", "h"], "a", 3);

        Assert.Equal((StaffingRefusal.RoomAssessorsEven, "8"), (refusal!.Reason, string.Join(',', refusal.Args)));
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

        Assert.Equal((StaffingRefusal.RoomAssessorsEven, "4"), (refusal!.Reason, string.Join(',', refusal.Args)));
    }
}
