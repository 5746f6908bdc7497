namespace CertEngine.Server.Hosting;

/// <summary>
/// Holds back the warnings of Orleans' silo watchdog (category <see cref="WatchdogCategory"/>) until the host has started.
/// </summary>
/// <remarks>
/// At every start the watchdog warned "Participant check thread has not completed for 09:24:16 …", the machine's uptime:
/// <c>Watchdog.Start</c> (Orleans 10.4) starts its platform thread before it stamps the component thread's first check,
/// so the platform thread's first look measures from timestamp 0, the moment the machine booted. No stall happened, and
/// a newcomer reads it as one. Only the start is filtered: once the host has started, the watchdog's warnings (a real
/// stall, a GC pause) are logged as before, and its errors always are. The global and Orleans levels are untouched.
/// </remarks>
public sealed class StartupLogWindow
{
    /// <summary>The log category of Orleans' silo watchdog (<c>Orleans.Runtime.Watchdog</c>).</summary>
    public const string WatchdogCategory = "Orleans.Runtime.Watchdog";

    private volatile bool _started;

    /// <summary>Whether the host has started (the watchdog's warnings pass from then on).</summary>
    public bool Started => _started;

    /// <summary>Adds the filter on the watchdog's category to <paramref name="logging"/>.</summary>
    public void Apply(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddFilter(WatchdogCategory, Allows);
    }

    /// <summary>Whether a watchdog line of <paramref name="level"/> is logged now: errors always, warnings once started.</summary>
    public bool Allows(LogLevel level) => level >= LogLevel.Error || (level == LogLevel.Warning && _started);

    /// <summary>Lets the watchdog's warnings through from now on.</summary>
    public void Close() => _started = true;

    /// <summary>Closes the window when the host has started.</summary>
    public sealed class Closer(StartupLogWindow window, IHostApplicationLifetime lifetime) : IHostedService
    {
        /// <inheritdoc />
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(window.Close);
            return Task.CompletedTask;
        }

        /// <inheritdoc />
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
