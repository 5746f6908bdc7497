using CertEngine.Domain.Attempts;
using CertEngine.Domain.Sessions;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Attempts;

public sealed class TheoryAttemptTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    private static readonly AttemptClock Clock90 = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90));

    private static TheoryAttempt Running(TimeSpan extra = default) =>
        new(AttemptPhase.Running, CheckedIn: true, AttemptClock.Restore(Start, TimeSpan.FromMinutes(90), extra, TimeSpan.Zero, null), 100, extra);

    private static TheoryAttempt Ready(bool checkedIn) => new(AttemptPhase.Ready, checkedIn, null, 100, TimeSpan.Zero);

    [Fact]
    public void CheckIn_BeforeThePaperOrWithoutIdentity_IsRefusedForThatReason()
    {
        var unassembled = new TheoryAttempt(AttemptPhase.Unassembled, false, null, 0, TimeSpan.Zero);

        Assert.Equal(AttemptRefusal.NotAssembled, unassembled.CheckIn(identityConfirmed: true)?.Reason);
        Assert.Equal(AttemptRefusal.IdentityNotConfirmed, Ready(false).CheckIn(identityConfirmed: false)?.Reason);
        Assert.Null(Ready(false).CheckIn(identityConfirmed: true));
    }

    [Fact]
    public void Start_NotCheckedIn_IsRefused_AndOnlyAReadyAttemptStartsNow()
    {
        Assert.Equal(AttemptRefusal.NotCheckedIn, Ready(checkedIn: false).Start()?.Reason);
        Assert.Equal((null, true), (Ready(checkedIn: true).Start(), Ready(checkedIn: true).StartsNow));
        Assert.Equal((null, false), (Running().Start(), Running().StartsNow));
    }

    [Theory]
    [InlineData(AttemptPhase.Submitted, 10, AttemptRefusal.AlreadySubmitted)]
    [InlineData(AttemptPhase.Paused, 10, AttemptRefusal.Paused)]
    [InlineData(AttemptPhase.Ready, 10, AttemptRefusal.NotStarted)]
    [InlineData(AttemptPhase.Unassembled, 10, AttemptRefusal.NotStarted)]
    [InlineData(AttemptPhase.Running, 90, AttemptRefusal.TimeUp)]
    public void Save_OutsideTheRunningClock_IsRefusedWithTheReason(AttemptPhase phase, int minutesIn, AttemptRefusal expected)
    {
        var attempt = new TheoryAttempt(phase, true, Clock90, 100, TimeSpan.Zero);

        Assert.Equal(expected, attempt.Save(0, Start.AddMinutes(minutesIn))?.Reason);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100)]
    public void Save_NoSuchQuestion_IsRefused(int index) =>
        Assert.Equal(AttemptRefusal.NoSuchQuestion, Running().Save(index, Start.AddMinutes(1))?.Reason);

    [Fact]
    public void Save_WhileTheClockRuns_IsAllowedUpToTheLastInstantBeforeTheDeadline()
    {
        Assert.Null(Running().Save(99, Start.AddMinutes(90).AddTicks(-1)));
        Assert.Equal(AttemptRefusal.TimeUp, Running().Save(99, Start.AddMinutes(90))?.Reason);
    }

    [Fact]
    public void Extend_PastTheCeiling_SaysTheCeilingWhatWasGrantedAndWhatIsLeft()
    {
        var refused = Running(TimeSpan.FromMinutes(20)).Extend(11, ceilingMinutes: 30, Start.AddMinutes(5));

        Assert.Equal(AttemptRefusal.ExtraTimeCeiling, refused?.Reason);
        Assert.Equal(["30", "20", "10"], refused!.Args);
    }

    [Fact]
    public void Extend_NotPositive_Submitted_OrTimeUp_IsRefusedInThatOrder()
    {
        var submitted = Running() with { Phase = AttemptPhase.Submitted };

        Assert.Equal(AttemptRefusal.ExtraTimeNotPositive, submitted.Extend(0, 30, Start)?.Reason);
        Assert.Equal(AttemptRefusal.AlreadySubmitted, submitted.Extend(5, 30, Start)?.Reason);
        Assert.Equal(AttemptRefusal.TimeUp, Running().Extend(5, 30, Start.AddMinutes(91))?.Reason);
        Assert.Null(Ready(checkedIn: false).Extend(5, 30, Start));
    }

    [Property]
    public void Extend_IsAllowedExactlyWhileTheTotalStaysWithinTheCeiling(byte granted, byte more, byte ceiling)
    {
        var attempt = Running(TimeSpan.FromMinutes(granted));
        var minutes = more + 1;

        var refused = attempt.Extend(minutes, ceiling, Start.AddMinutes(1));

        Assert.Equal(granted + minutes <= ceiling, refused is null);
    }

    [Fact]
    public void HandInOpensIn_CountsRunningTimeOnly_AndIsZeroOnceHandInIsAllowed()
    {
        var timing = SessionTiming.Default;
        var pausedAt10For5 = new TheoryAttempt(AttemptPhase.Running, true,
            AttemptClock.Restore(Start, TimeSpan.FromMinutes(90), TimeSpan.Zero, TimeSpan.FromMinutes(5), null), 100, TimeSpan.Zero);
        var pausingSince12 = new TheoryAttempt(AttemptPhase.Paused, true,
            AttemptClock.Restore(Start, TimeSpan.FromMinutes(90), TimeSpan.Zero, TimeSpan.Zero, Start.AddMinutes(12)), 100, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMinutes(30), Ready(checkedIn: true).HandInOpensIn(Start.AddMinutes(40), timing));
        Assert.Equal(TimeSpan.FromMinutes(30), Running().HandInOpensIn(Start, timing));
        Assert.Equal(TimeSpan.FromMinutes(1), Running().HandInOpensIn(Start.AddMinutes(29), timing));
        Assert.Equal(TimeSpan.Zero, Running().HandInOpensIn(Start.AddMinutes(30), timing));
        Assert.Equal(TimeSpan.FromMinutes(5), pausedAt10For5.HandInOpensIn(Start.AddMinutes(30), timing));
        Assert.Equal(TimeSpan.FromMinutes(18), pausingSince12.HandInOpensIn(Start.AddMinutes(50), timing));
        Assert.Equal(TimeSpan.Zero, new TheoryAttempt(AttemptPhase.Running, true, AttemptClock.StartAt(Start, TimeSpan.FromMinutes(20)), 100, TimeSpan.Zero).HandInOpensIn(Start.AddMinutes(20), timing));
        Assert.Equal(TimeSpan.Zero, (Running() with { Phase = AttemptPhase.Submitted }).HandInOpensIn(Start, timing));
    }

    [Fact]
    public void HandIn_AfterAPause_OpensThirtyMinutesOfRunningTimeAfterTheStart()
    {
        var pausedFor5 = new TheoryAttempt(AttemptPhase.Running, true,
            AttemptClock.Restore(Start, TimeSpan.FromMinutes(90), TimeSpan.Zero, TimeSpan.FromMinutes(5), null), 100, TimeSpan.Zero);

        Assert.Equal(AttemptRefusal.HandInTooEarly, pausedFor5.HandIn(Start.AddMinutes(34), SessionTiming.Default)?.Reason);
        Assert.Null(pausedFor5.HandIn(Start.AddMinutes(35), SessionTiming.Default));
    }

    [Fact]
    public void HandIn_TooEarly_NamesTheMinutes_UnlessTimeIsUp()
    {
        var timing = SessionTiming.Default;

        var early = Running().HandIn(Start.AddMinutes(29), timing);

        Assert.Equal(AttemptRefusal.HandInTooEarly, early?.Reason);
        Assert.Equal(["30"], early!.Args);
        Assert.Null(Running().HandIn(Start.AddMinutes(30), timing));
        Assert.Null(new TheoryAttempt(AttemptPhase.Running, true, AttemptClock.StartAt(Start, TimeSpan.FromMinutes(20)), 100, TimeSpan.Zero).HandIn(Start.AddMinutes(20), timing));
        Assert.Equal(AttemptRefusal.NotRunning, Ready(checkedIn: true).HandIn(Start.AddMinutes(40), timing)?.Reason);
        Assert.Null((Running() with { Phase = AttemptPhase.Submitted }).HandIn(Start, timing));
    }

    [Fact]
    public void IsDueAt_OnlyARunningAttemptPastItsDeadline()
    {
        Assert.True(Running().IsDueAt(Start.AddMinutes(90)));
        Assert.False(Running().IsDueAt(Start.AddMinutes(89)));
        Assert.False((Running() with { Phase = AttemptPhase.Paused }).IsDueAt(Start.AddMinutes(200)));
    }

    [Fact]
    public void Refused_Of_WritesItsValuesInvariantly()
    {
        var refused = Refused.Of(AttemptRefusal.HandInTooEarly, 1.5m, 30);

        Assert.Equal(["1.5", "30"], refused.Args);
    }
}
