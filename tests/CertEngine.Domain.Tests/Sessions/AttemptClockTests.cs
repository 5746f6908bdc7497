using CertEngine.Domain.Sessions;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Sessions;

public sealed class AttemptClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DeadlineAt_NoPauseNoExtension_IsStartPlusDuration()
    {
        var clock = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90));

        Assert.Equal(Start.AddMinutes(90), clock.DeadlineAt(Start.AddMinutes(10)));
        Assert.Equal(TimeSpan.FromMinutes(80), clock.RemainingAt(Start.AddMinutes(10)));
    }

    [Fact]
    public void IsOverAt_TheDeadlineInstant_IsOver()
    {
        var clock = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90));

        Assert.False(clock.IsOverAt(Start.AddMinutes(90).AddTicks(-1)));
        Assert.True(clock.IsOverAt(Start.AddMinutes(90)));
        Assert.Equal(TimeSpan.Zero, clock.RemainingAt(Start.AddMinutes(95)));
    }

    [Fact]
    public void PauseThenResume_AddsThePauseToTheDeadline()
    {
        var clock = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90))
            .PauseAt(Start.AddMinutes(20))
            .ResumeAt(Start.AddMinutes(27));

        Assert.Equal(Start.AddMinutes(97), clock.DeadlineAt(Start.AddMinutes(30)));
        Assert.Equal(TimeSpan.FromMinutes(7), clock.Paused);
    }

    [Fact]
    public void RemainingAt_WhilePaused_IsFrozen()
    {
        var clock = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90)).PauseAt(Start.AddMinutes(20));

        Assert.Equal(TimeSpan.FromMinutes(70), clock.RemainingAt(Start.AddMinutes(25)));
        Assert.Equal(TimeSpan.FromMinutes(70), clock.RemainingAt(Start.AddHours(5)));
        Assert.False(clock.IsOverAt(Start.AddHours(5)));
    }

    [Fact]
    public void Extend_AddsToTheDeadline_AndRefusesZero()
    {
        var clock = AttemptClock.StartAt(Start, TimeSpan.FromMinutes(90)).Extend(TimeSpan.FromMinutes(15));

        Assert.Equal(Start.AddMinutes(105), clock.DeadlineAt(Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Extend(TimeSpan.Zero));
    }

    [Property]
    public bool Deadline_IsStartDurationExtraAndEveryPause(byte durationMinutes, byte[] pauseLengths, byte extraMinutes)
    {
        var duration = TimeSpan.FromMinutes(durationMinutes + 1);
        var clock = AttemptClock.StartAt(Start, duration);
        var now = Start;
        var paused = TimeSpan.Zero;
        foreach (var length in pauseLengths.Take(8))
        {
            now = now.AddMinutes(1);
            clock = clock.PauseAt(now);
            now = now.AddMinutes(length);
            clock = clock.ResumeAt(now);
            paused += TimeSpan.FromMinutes(length);
        }

        if (extraMinutes > 0)
        {
            clock = clock.Extend(TimeSpan.FromMinutes(extraMinutes));
        }

        return clock.DeadlineAt(now) == Start + duration + paused + TimeSpan.FromMinutes(extraMinutes)
            && clock.Paused == paused;
    }
}
