namespace CertEngine.Server.Hosting.Logging;

/// <summary>
/// Keeps one kind of log message from flooding the console log: at most <see cref="PerMinute"/> messages of one kind
/// (category, event id and level) are written per minute; the rest are counted, and once a minute
/// <see cref="Reporter"/> writes one line per kind saying how many were left out. Critical messages always pass.
/// </summary>
/// <remarks>
/// Orleans writes a warning for every expired message and every timed-out call. When an exam day overloads the server
/// or the store stops answering, that is thousands a second: the first 20,000-candidate deadline logged about 290,000,
/// console logging took a tenth of the server's CPU just when it was shortest, and a run whose store refused every
/// write logged 5.5 GB in 20 minutes. Sixty of a kind a minute still show what happens and when; the counts show how
/// much. The guard is in the console formatter, before the message is formatted, so a left-out message costs a lookup.
/// </remarks>
public sealed partial class LogFlood(TimeProvider clock)
{
    /// <summary>How many messages of one kind are written per minute.</summary>
    public const int PerMinute = 60;

    /// <summary>At most this many kinds are tracked; beyond it, messages of new kinds pass uncounted.</summary>
    public const int MaxKinds = 4_096;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<Kind, Window> _kinds = [];

    /// <summary>Whether a message of this kind is written now; counts it as left out when it is not.</summary>
    public bool Admit(string category, int eventId, LogLevel level)
    {
        if (level >= LogLevel.Critical || level == LogLevel.None || (eventId == Reporter.EventId && category == Reporter.Category))
        {
            return true;
        }

        var now = clock.GetTimestamp();
        var kind = new Kind(category ?? "", eventId, level);
        lock (_gate)
        {
            if (!_kinds.TryGetValue(kind, out var window))
            {
                if (_kinds.Count >= MaxKinds)
                {
                    return true;
                }

                window = new Window { Start = now };
                _kinds[kind] = window;
            }
            else if (clock.GetElapsedTime(window.Start, now) >= Minute)
            {
                window.Start = now;
                window.Written = 0;
            }

            if (window.Written < PerMinute)
            {
                window.Written++;
                return true;
            }

            window.LeftOut++;
            return false;
        }
    }

    /// <summary>The kinds with messages left out since the last call, with their counts; the counts start again.</summary>
    public IReadOnlyList<(string Category, int EventId, LogLevel Level, long LeftOut)> TakeLeftOut()
    {
        var now = clock.GetTimestamp();
        var taken = new List<(string, int, LogLevel, long)>();
        lock (_gate)
        {
            foreach (var (kind, window) in _kinds)
            {
                if (window.LeftOut > 0)
                {
                    taken.Add((kind.Category, kind.EventId, kind.Level, window.LeftOut));
                    window.LeftOut = 0;
                }
            }

            // Kinds quiet for a minute are forgotten, so the table holds only what is flooding now.
            foreach (var kind in _kinds.Where(k => k.Value.LeftOut == 0 && clock.GetElapsedTime(k.Value.Start, now) >= Minute).Select(k => k.Key).ToList())
            {
                _kinds.Remove(kind);
            }
        }

        return taken;
    }

    private readonly record struct Kind(string Category, int EventId, LogLevel Level);

    private sealed class Window
    {
        public long Start { get; set; }

        public int Written { get; set; }

        public long LeftOut { get; set; }
    }

    /// <summary>Once a minute, writes one line per kind of message that was left out, with how many.</summary>
    public sealed partial class Reporter(LogFlood flood, TimeProvider clock, ILogger<Reporter> logger) : BackgroundService
    {
        /// <summary>The event id of the report's lines, which are never left out themselves.</summary>
        public const int EventId = 7344;

        /// <summary>The log category of the report's lines.</summary>
        public static readonly string Category = typeof(Reporter).FullName!;

        /// <inheritdoc />
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(Minute, clock);
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    Report();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }

            Report();
        }

        /// <summary>Writes the counts gathered since the last report.</summary>
        public void Report()
        {
            foreach (var (category, eventId, level, leftOut) in flood.TakeLeftOut())
            {
                LeftOut(logger, leftOut, level, category, eventId, PerMinute);
            }
        }

        [LoggerMessage(EventId = EventId, Level = LogLevel.Warning, Message =
            "日志限流：{Count} 条 {Level} 消息 {Category}[{EventId}] 未写入（每类每分钟最多写 {PerMinute} 条） ({Count} {Level} messages {Category}[{EventId}] were left out of the log: at most {PerMinute} of a kind a minute are written)")]
        private static partial void LeftOut(ILogger logger, long count, LogLevel level, string category, int eventId, int perMinute);
    }
}
