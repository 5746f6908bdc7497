namespace CertEngine.Domain.Sessions;

/// <summary>
/// One attempt's countdown, kept by the server only (服务器时间为准). The deadline is
/// start + duration + the candidate's extra time + every completed pause; while a pause runs the clock is frozen.
/// </summary>
/// <remarks>Immutable: every change returns a new clock. All instants are UTC offsets from the server's clock.</remarks>
public sealed record AttemptClock
{
    private AttemptClock(DateTimeOffset start, TimeSpan duration, TimeSpan extra, TimeSpan paused, DateTimeOffset? pausedSince)
    {
        Start = start;
        Duration = duration;
        Extra = extra;
        Paused = paused;
        PausedSince = pausedSince;
    }

    /// <summary>When the attempt's clock started.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The component's duration for this sitting.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Extra time granted to this candidate (延时), in total.</summary>
    public TimeSpan Extra { get; }

    /// <summary>The sum of completed pauses.</summary>
    public TimeSpan Paused { get; }

    /// <summary>When the running pause began, or <see langword="null"/> when the clock runs.</summary>
    public DateTimeOffset? PausedSince { get; }

    /// <summary>Whether a pause is running.</summary>
    public bool IsPaused => PausedSince is not null;

    /// <summary>The deadline as of now: with a running pause, the time that pause has lasted so far counts too.</summary>
    public DateTimeOffset DeadlineAt(DateTimeOffset now) =>
        Start + Duration + Extra + Paused + (PausedSince is { } since && now > since ? now - since : TimeSpan.Zero);

    /// <summary>The time the candidate still has, never negative.</summary>
    public TimeSpan RemainingAt(DateTimeOffset now)
    {
        var remaining = DeadlineAt(now) - now;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>Whether time is up: never while paused; at the deadline instant itself, it is up.</summary>
    public bool IsOverAt(DateTimeOffset now) => !IsPaused && now >= DeadlineAt(now);

    /// <summary>Starts a clock.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive.</exception>
    public static AttemptClock StartAt(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return new AttemptClock(start, duration, TimeSpan.Zero, TimeSpan.Zero, null);
    }

    /// <summary>Rebuilds a stored clock.</summary>
    public static AttemptClock Restore(DateTimeOffset start, TimeSpan duration, TimeSpan extra, TimeSpan paused, DateTimeOffset? pausedSince) =>
        new(start, duration, extra, paused, pausedSince);

    /// <summary>Stops the clock at <paramref name="at"/>; pausing a paused clock changes nothing.</summary>
    public AttemptClock PauseAt(DateTimeOffset at) => IsPaused ? this : new(Start, Duration, Extra, Paused, at);

    /// <summary>Restarts the clock at <paramref name="at"/>, adding the pause to the deadline; resuming a running clock changes nothing.</summary>
    public AttemptClock ResumeAt(DateTimeOffset at) =>
        PausedSince is { } since ? new(Start, Duration, Extra, Paused + (at > since ? at - since : TimeSpan.Zero), null) : this;

    /// <summary>Grants extra time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The extension is not positive.</exception>
    public AttemptClock Extend(TimeSpan extension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(extension, TimeSpan.Zero);
        return new(Start, Duration, Extra + extension, Paused, PausedSince);
    }
}
