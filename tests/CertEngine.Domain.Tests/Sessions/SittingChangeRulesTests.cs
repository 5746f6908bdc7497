using CertEngine.Domain.Sessions;

namespace CertEngine.Domain.Tests.Sessions;

public sealed class SittingChangeRulesTests
{
    [Theory]
    [InlineData(30, 30, null)]
    [InlineData(30, 31, SessionRefusal.OverCapacity)]
    [InlineData(0, 500, null)]
    public void Capacity_RosterAgainstTheSeats_RefusedOnlyBeyondThem(int capacity, int candidates, SessionRefusal? expected)
    {
        var refused = SittingChangeRules.Capacity(capacity, candidates);

        Assert.Equal(expected, refused?.Reason);
    }

    [Fact]
    public void Capacity_OverTheSeats_NamesSeatsAndCandidates()
    {
        var refused = SittingChangeRules.Capacity(30, 32);

        Assert.Equal(["30", "32"], refused!.Args.Select(a => a.ToString()));
    }

    [Fact]
    public void Tickets_OneNumberTwiceIgnoringCase_Refused()
    {
        Assert.Null(SittingChangeRules.Tickets(["ZK001", "ZK002"]));
        var refused = SittingChangeRules.Tickets(["ZK001", "zk001 "]);

        Assert.Equal((SessionRefusal.DuplicateTicket, "zk001"), (refused!.Reason, refused.Args[0].ToString()));
    }

    [Theory]
    [InlineData(SessionPhase.Scheduled, true, null)]
    [InlineData(SessionPhase.CheckIn, true, null)]
    [InlineData(SessionPhase.Scheduled, false, SessionRefusal.CancelNeedsReason)]
    [InlineData(SessionPhase.Running, true, SessionRefusal.NotAllowedNow)]
    [InlineData(SessionPhase.Closed, true, SessionRefusal.SittingEnded)]
    [InlineData(SessionPhase.Cancelled, true, SessionRefusal.SittingEnded)]
    [InlineData(SessionPhase.Closed, false, SessionRefusal.SittingEnded)]
    public void Cancel_OnlyBeforeTheStartWithAReason(SessionPhase phase, bool hasReason, SessionRefusal? expected)
    {
        Assert.Equal(expected, SittingChangeRules.Cancel(hasReason, phase)?.Reason);
    }

    [Fact]
    public void Transitions_CancelledSitting_CannotBeClosedOrOpened()
    {
        Assert.Null(SessionTransitions.Next(SessionPhase.Cancelled, SessionAction.Close));
        Assert.Null(SessionTransitions.Next(SessionPhase.Cancelled, SessionAction.OpenCheckIn));
        Assert.Equal(SessionPhase.Cancelled, SessionTransitions.Next(SessionPhase.CheckIn, SessionAction.Cancel));
    }

    [Theory]
    [InlineData(SessionPhase.Scheduled, true, 40, 30, null)]
    [InlineData(SessionPhase.CheckIn, true, 30, 30, null)]
    [InlineData(SessionPhase.Scheduled, false, 40, 30, SessionRefusal.RescheduleNeedsReason)]
    [InlineData(SessionPhase.Running, true, 40, 30, SessionRefusal.RescheduleTooLate)]
    [InlineData(SessionPhase.Scheduled, true, 29, 30, SessionRefusal.CapacityBelowRoster)]
    [InlineData(SessionPhase.Scheduled, true, 0, 0, SessionRefusal.CapacityBelowRoster)]
    [InlineData(SessionPhase.Closed, true, 40, 30, SessionRefusal.SittingEnded)]
    [InlineData(SessionPhase.Cancelled, false, 40, 30, SessionRefusal.SittingEnded)]
    public void Reschedule_BeforeTheStartIntoARoomThatSeatsTheRoster(SessionPhase phase, bool hasReason, int capacity, int candidates, SessionRefusal? expected)
    {
        Assert.Equal(expected, SittingChangeRules.Reschedule(hasReason, phase, capacity, candidates)?.Reason);
    }

    [Theory]
    [InlineData(true, true, SessionPhase.Scheduled, null)]
    [InlineData(false, true, SessionPhase.Scheduled, SessionRefusal.MoveNeedsReason)]
    [InlineData(true, false, SessionPhase.Scheduled, SessionRefusal.NotOnRoster)]
    [InlineData(true, true, SessionPhase.CheckIn, SessionRefusal.MoveTooLate)]
    [InlineData(true, true, SessionPhase.Closed, SessionRefusal.SittingEnded)]
    [InlineData(false, false, SessionPhase.Cancelled, SessionRefusal.SittingEnded)]
    public void MoveOut_ReasonRosterAndNotYetOpened(bool hasReason, bool onRoster, SessionPhase phase, SessionRefusal? expected)
    {
        Assert.Equal(expected, SittingChangeRules.MoveOut(hasReason, onRoster, phase)?.Reason);
    }

    [Theory]
    [InlineData(true, SessionPhase.Scheduled, false, 3, 2, null)]
    [InlineData(true, SessionPhase.Scheduled, false, 2, 2, SessionRefusal.OverCapacity)]
    [InlineData(false, SessionPhase.Scheduled, false, 3, 2, SessionRefusal.MoveNotSameComponent)]
    [InlineData(true, SessionPhase.CheckIn, false, 3, 2, SessionRefusal.MoveTooLate)]
    [InlineData(true, SessionPhase.Scheduled, true, 3, 2, SessionRefusal.MoveAlreadyThere)]
    [InlineData(true, SessionPhase.Scheduled, false, 0, 200, null)]
    public void MoveIn_SameComponentNotOpenedNotThereAndASeatFree(bool same, SessionPhase phase, bool there, int capacity, int candidates, SessionRefusal? expected)
    {
        Assert.Equal(expected, SittingChangeRules.MoveIn("S-2", same, phase, there, capacity, candidates)?.Reason);
    }

    [Theory]
    [InlineData(SessionPhase.Closed)]
    [InlineData(SessionPhase.Cancelled)]
    public void Ended_ClosedOrCancelled_NamesThePhase(SessionPhase phase)
    {
        var refused = SittingChangeRules.Ended(phase);

        Assert.Equal((SessionRefusal.SittingEnded, phase.ToString()), (refused!.Reason, refused.Args[0].ToString()));
        Assert.Null(SittingChangeRules.Ended(SessionPhase.Scheduled));
        Assert.Null(SittingChangeRules.Ended(SessionPhase.Running));
    }
}
