using CertEngine.Domain.Sessions;

namespace CertEngine.Domain.Tests.Sessions;

public sealed class SittingRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_ShortEmptyOrDuplicated_IsRefusedWithTheReason()
    {
        Assert.Equal(["60", "90"], SittingRules.Plan(60, 90, [("110101199001011234", 1)])!.Args);
        Assert.Equal(SessionRefusal.EmptyRoster, SittingRules.Plan(90, 90, [])?.Reason);
        Assert.Equal(SessionRefusal.DuplicateOnRoster, SittingRules.Plan(90, 90, [("a", 1), ("a", 2)])?.Reason);
        Assert.Equal(SessionRefusal.DuplicateOnRoster, SittingRules.Plan(90, 90, [("a", 1), ("b", 1)])?.Reason);
        Assert.Null(SittingRules.Plan(120, 90, [("a", 1), ("b", 2)]));
    }

    [Theory]
    [InlineData(SessionPhase.CheckIn, true, 0, null)]
    [InlineData(SessionPhase.Running, true, 29, null)]
    [InlineData(SessionPhase.Running, true, 30, SessionRefusal.EntryClosed)]
    [InlineData(SessionPhase.Paused, true, 45, SessionRefusal.EntryClosed)]
    [InlineData(SessionPhase.Running, false, 120, null)]
    [InlineData(SessionPhase.Scheduled, true, 0, SessionRefusal.CheckInNotOpen)]
    [InlineData(SessionPhase.Closed, false, 0, SessionRefusal.CheckInNotOpen)]
    public void Entry_TheoryClosesAtTheLateEntryLimit_PracticalStaysOpenWhileUnderWay(SessionPhase phase, bool theory, int minutesIn, SessionRefusal? expected)
    {
        var refused = SittingRules.Entry(phase, theory, Start, Start.AddMinutes(minutesIn), SessionTiming.Default);

        Assert.Equal(expected, refused?.Reason);
    }

    [Fact]
    public void StaffChange_ExtraTime_Regrade_CheckTheReasonFirst()
    {
        Assert.Equal(SessionRefusal.StaffChangeNeedsReason, SittingRules.StaffChange(false, SessionPhase.Running)?.Reason);
        Assert.Equal(SessionRefusal.StaffChangeTooLate, SittingRules.StaffChange(true, SessionPhase.Running)?.Reason);
        Assert.Equal(SessionRefusal.StaffChangeTooLate, SittingRules.StaffChange(true, null)?.Reason);
        Assert.Null(SittingRules.StaffChange(true, SessionPhase.CheckIn));

        Assert.Equal(SessionRefusal.ExtraTimeNeedsReason, SittingRules.ExtraTime(false, false, SessionPhase.Closed)?.Reason);
        Assert.Equal(SessionRefusal.NotOnTheoryRoster, SittingRules.ExtraTime(true, false, SessionPhase.Running)?.Reason);
        Assert.Equal(SessionRefusal.NotUnderWay, SittingRules.ExtraTime(true, true, SessionPhase.Closed)?.Reason);
        Assert.Null(SittingRules.ExtraTime(true, true, SessionPhase.Paused));

        Assert.Equal(SessionRefusal.RegradeOnlyTheory, SittingRules.Regrade(false, 1, 2, false, true)?.Reason);
        Assert.Equal(SessionRefusal.RegradeVersionNotNewer, SittingRules.Regrade(true, 2, 2, true, true)?.Reason);
        Assert.Equal(SessionRefusal.RegradeNeedsReason, SittingRules.Regrade(true, 1, 2, false, false)?.Reason);
        Assert.Null(SittingRules.Regrade(true, 1, 2, true, false));
    }

    [Fact]
    public void Transition_NotAllowed_NamesThePhaseAndTheAction()
    {
        var refused = SessionTransitions.Refusal(SessionPhase.Closed, SessionAction.Start);

        Assert.Equal(SessionRefusal.NotAllowedNow, refused?.Reason);
        Assert.Equal(["Closed", "Start"], refused!.Args);
        Assert.Null(SessionTransitions.Refusal(SessionPhase.CheckIn, SessionAction.Start));
    }
}
