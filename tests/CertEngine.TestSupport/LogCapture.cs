using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace CertEngine.TestSupport;

/// <summary>
/// Keeps every log line a server writes (Debug and above, as the host's filters let through) and signals the first-start
/// setup link, or any line a test waits for, when it is written, so a test awaits it instead of polling the log.
/// </summary>
public sealed partial class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly TaskCompletionSource<string> _setupToken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Seen)> _waiters = [];
    private readonly Lock _gate = new();

    /// <summary>The lines so far, as <c>Level: message</c>.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The lines so far with their category and event id, for checking where a line came from.</summary>
    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <summary>Completes with the token of the first setup link the server prints.</summary>
    public Task<string> SetupToken => _setupToken.Task;

    /// <summary>
    /// Completes with the first line, already written or still to come, that <paramref name="matches"/> accepts: a test
    /// awaits what the server says it did (an attempt submitted at its deadline) instead of polling for its effect.
    /// With <paramref name="onlyNew"/>, lines written before the call do not count.
    /// </summary>
    public Task<string> LineAsync(Func<string, bool> matches, bool onlyNew = false)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (!onlyNew && _lines.FirstOrDefault(matches) is { } line)
            {
                seen.SetResult(line);
            }
            else
            {
                _waiters.Add((matches, seen));
            }
        }

        return seen.Task;
    }

    /// <summary>The token of the last setup link in <paramref name="lines"/>, or <see langword="null"/>.</summary>
    public static string? SetupTokenIn(IEnumerable<string> lines) =>
        lines.Select(line => SetupLink().Match(line)).LastOrDefault(m => m.Success)?.Groups[1].Value;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _waiters.Where(w => w.Matches(line)).ToList())
            {
                waiter.Seen.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }

        if (!_setupToken.Task.IsCompleted && SetupLink().Match(line) is { Success: true } link)
        {
            _setupToken.TrySetResult(link.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"/setup\?token=([0-9a-f]{40})")]
    private static partial Regex SetupLink();

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            capture._entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, message));
            capture.Add($"{logLevel}: {message}");
        }
    }
}

/// <summary>One log line with where it came from.</summary>
public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message);
