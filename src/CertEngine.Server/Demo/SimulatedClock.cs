namespace CertEngine.Server.Demo;

/// <summary>
/// The demo's clock: time stands still until <see cref="Advance"/> or <see cref="SetUtcNow"/> moves it, and timers
/// created on it (grain timers, reminders' waits, <c>Task.Delay</c> with this provider) fire when it passes their due
/// time, so a 90-minute sitting passes in seconds.
/// </summary>
/// <remarks>
/// Moving the clock first sets the new time, then fires every timer now due, earliest first (ties in creation
/// order), on the caller's thread; a periodic timer is then due one period after the new time, so a long step fires
/// it once, not once per period missed. A timer whose due time is zero fires at once, on the thread that creates or
/// changes it. Timestamps count 100 ns ticks of the simulated time, so elapsed-time measurements follow it too.
/// </remarks>
public sealed class SimulatedClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<SimulatedTimer> _timers = [];
    private DateTimeOffset _now;
    private long _created;

    /// <summary>A clock that reads <paramref name="start"/> until moved.</summary>
    public SimulatedClock(DateTimeOffset start) => _now = start;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now.ToUniversalTime();
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward by <paramref name="span"/> and fires the timers that became due.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is negative: simulated time never runs back.</exception>
    public void Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        lock (_gate)
        {
            _now += span;
        }

        FireDueTimers();
    }

    /// <summary>Sets the clock to <paramref name="value"/> and fires the timers that became due.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is before the current time.</exception>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, _now);
            _now = value;
        }

        FireDueTimers();
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        SimulatedTimer timer;
        lock (_gate)
        {
            timer = new SimulatedTimer(this, callback, state, ++_created);
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private void FireDueTimers()
    {
        while (NextDue() is { } timer)
        {
            timer.Fire();
        }
    }

    private SimulatedTimer? NextDue()
    {
        lock (_gate)
        {
            SimulatedTimer? next = null;
            foreach (var timer in _timers)
            {
                if (timer.DueAt is { } due && due <= _now
                    && (next is null || due < next.DueAt || (due == next.DueAt && timer.Order < next.Order)))
                {
                    next = timer;
                }
            }

            return next;
        }
    }

    private sealed class SimulatedTimer(SimulatedClock clock, TimerCallback callback, object? state, long order) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public long Order { get; } = order;

        // Null while the timer is stopped. Read and written under the clock's gate.
        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, Timeout.InfiniteTimeSpan);
            ArgumentOutOfRangeException.ThrowIfLessThan(period, Timeout.InfiniteTimeSpan);
            lock (clock._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _period = period;

                // A zero due time fires below, on this thread; not due meanwhile, so a concurrent move cannot fire it too.
                DueAt = dueTime == Timeout.InfiniteTimeSpan || dueTime == TimeSpan.Zero ? null : clock._now + dueTime;
            }

            if (dueTime == TimeSpan.Zero)
            {
                Fire();
            }

            return true;
        }

        public void Fire()
        {
            lock (clock._gate)
            {
                if (_disposed)
                {
                    return;
                }

                // A zero or infinite period means "once", as for System.Threading.Timer.
                DueAt = _period > TimeSpan.Zero ? clock._now + _period : null;
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                _disposed = true;
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
