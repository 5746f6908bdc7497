using CertEngine.Domain.Sessions;
using CertEngine.Grains.Telemetry;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// An attempt's two ways to be submitted at its deadline: a grain timer while the grain is active (exact), and a reminder
/// (period one minute) that survives deactivation and restarts. The grain arms both at the start and clears them when
/// the result is safe. While the timer is armed the attempt counts as running on this silo (<see cref="ExamMetrics.ActiveAttempts"/>).
/// </summary>
/// <remarks>
/// The reminder is the backstop: it first fires <see cref="Backstop"/> after the deadline, by when an active attempt's
/// timer has submitted it and cleared the reminder. Firing at the deadline itself, every reminder of a sitting's room
/// queued a second call behind its attempt's hand-in at the busiest moment of the day (at 20,000 candidates, 20,000
/// reminder calls timed out waiting there). An attempt whose activation was lost (a silo killed, nobody polling) is
/// submitted by the reminder at most that much later; its answers count as of the deadline either way.
/// </remarks>
/// <param name="grain">The attempt grain: timers and reminders belong to it and run on its scheduler.</param>
/// <param name="whenDue">What the grain does when the timer fires (check the clock, submit if due).</param>
/// <param name="clock">The server clock.</param>
internal sealed class DeadlineAlarm(Grain grain, Func<Task> whenDue, TimeProvider clock)
{
    /// <summary>The reminder's name.</summary>
    public const string Reminder = "deadline";

    private IGrainTimer? _timer;

    /// <summary>Arms the timer for the clock's deadline as of now (again if it was armed); with no clock (not running) only disarms.</summary>
    public void Arm(AttemptClock? attemptClock)
    {
        Disarm();
        if (attemptClock is null)
        {
            return;
        }

        ExamMetrics.AttemptRunning();
        _timer = grain.RegisterGrainTimer(
            static (due, _) => due(),
            whenDue,
            new GrainTimerCreationOptions { DueTime = Until(attemptClock), Period = Timeout.InfiniteTimeSpan });
    }

    /// <summary>Stops the timer.</summary>
    public void Disarm()
    {
        if (_timer is not null)
        {
            _timer.Dispose();
            _timer = null;
            ExamMetrics.AttemptStopped();
        }
    }

    /// <summary>The activation ends: its timer goes with it (the reminder stays), and the attempt stops counting as running here.</summary>
    public Task ReleaseAsync()
    {
        Disarm();
        return Task.CompletedTask;
    }

    /// <summary>How long after the deadline the reminder first fires, when the timer has not submitted the attempt.</summary>
    public static readonly TimeSpan Backstop = TimeSpan.FromMinutes(1);

    /// <summary>Sets the reminder to first fire <see cref="Backstop"/> after the deadline, then every minute until cleared.</summary>
    public Task SetReminderAsync(AttemptClock attemptClock) =>
        grain.RegisterOrUpdateReminder(Reminder, Until(attemptClock) + Backstop, TimeSpan.FromMinutes(1));

    /// <summary>Clears the reminder, if set.</summary>
    public async Task ClearReminderAsync()
    {
        if (await grain.GetReminder(Reminder) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }

    private TimeSpan Until(AttemptClock attemptClock)
    {
        var remaining = attemptClock.RemainingAt(clock.GetUtcNow());
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }
}
