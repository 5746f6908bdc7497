using System.Diagnostics;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// The driver's own health over a window. The driver times every request from the browser's side, on the same cores as
/// the server: when its own thread pool or garbage collector stalls, every request in flight looks slower by as much,
/// although the server answered in time. So beside the latencies the run says how late the driver's own timers fired
/// and how long its collector paused; when either is near the latencies' tail, the tail is the driver's.
/// </summary>
public static class DriverWatch
{
    /// <summary>A timer lag above this counts as a stall.</summary>
    public static readonly TimeSpan StallAbove = TimeSpan.FromMilliseconds(50);

    /// <summary>Wakes every <paramref name="every"/> until <paramref name="stop"/> and measures how late each wake-up was.</summary>
    public static async Task<DriverHealth> WatchAsync(TimeSpan every, CancellationToken stop)
    {
        var pausedBefore = GC.GetTotalPauseDuration();
        var (worst, stalls) = (TimeSpan.Zero, 0);
        while (!stop.IsCancellationRequested)
        {
            var before = Stopwatch.GetTimestamp();
            try
            {
                await Task.Delay(every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var lag = Stopwatch.GetElapsedTime(before) - every;
            worst = lag > worst ? lag : worst;
            stalls += lag > StallAbove ? 1 : 0;
        }

        return new DriverHealth(worst, stalls, GC.GetTotalPauseDuration() - pausedBefore);
    }
}

/// <summary>The driver's health over a window: its timers' worst lag, how many lags passed <see cref="DriverWatch.StallAbove"/>, and its GC pauses in all.</summary>
public readonly record struct DriverHealth(TimeSpan WorstTimerLag, int Stalls, TimeSpan GcPauses);
