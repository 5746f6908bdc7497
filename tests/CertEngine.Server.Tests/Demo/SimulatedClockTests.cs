using CertEngine.Server.Demo;

namespace CertEngine.Server.Tests.Demo;

public sealed class SimulatedClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void GetUtcNow_Unmoved_IsTheStartInUtc()
    {
        var clock = new SimulatedClock(Start);

        Assert.Equal(Start, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }

    [Fact]
    public void Advance_PastSeveralTimers_FiresEachDueOneEarliestFirstAndLeavesTheRest()
    {
        var clock = new SimulatedClock(Start);
        var fired = new List<string>();
        using var late = clock.CreateTimer(_ => fired.Add("late"), null, TimeSpan.FromMinutes(90), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add("early"), null, TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan);
        using var never = clock.CreateTimer(_ => fired.Add("never"), null, TimeSpan.FromMinutes(91), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(["early", "late"], fired);
        Assert.Equal(Start.AddMinutes(90), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerMoveThenAPeriodAfterTheNewTime()
    {
        var clock = new SimulatedClock(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromSeconds(59));
        var beforePeriod = count;
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, beforePeriod);
        Assert.Equal(2, count);
    }

    [Fact]
    public void Timer_ChangedToInfiniteOrDisposed_NeverFires()
    {
        var clock = new SimulatedClock(Start);
        var count = 0;
        var stopped = clock.CreateTimer(_ => count++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        var disposed = clock.CreateTimer(_ => count++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        Assert.True(stopped.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        disposed.Dispose();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, count);
        Assert.False(disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        stopped.Dispose();
    }

    [Fact]
    public void CreateTimer_ZeroDueTime_FiresAtOnce()
    {
        var clock = new SimulatedClock(Start);
        var count = 0;

        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Delay_OnTheClock_CompletesWhenTheClockPassesItAndElapsedTimeFollows()
    {
        var clock = new SimulatedClock(Start);
        var started = clock.GetTimestamp();
        var delay = Task.Delay(TimeSpan.FromMinutes(90), clock);

        clock.Advance(TimeSpan.FromMinutes(89));
        var completedEarly = delay.IsCompleted;
        clock.Advance(TimeSpan.FromMinutes(1));
        await delay;

        Assert.False(completedEarly);
        Assert.Equal(TimeSpan.FromMinutes(90), clock.GetElapsedTime(started));
    }

    [Fact]
    public void SetUtcNow_Backwards_Throws()
    {
        var clock = new SimulatedClock(Start);
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
    }
}
