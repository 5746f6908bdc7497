using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace CertEngine.TestSupport;

/// <summary>
/// Keeps every log line a server writes (Debug and above, as the host's filters let through) and signals the first-start
/// setup link when it is written, so a test awaits it instead of polling the log.
/// </summary>
public sealed partial class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<string> _setupToken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The lines so far, as <c>Level: message</c>.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Completes with the token of the first setup link the server prints.</summary>
    public Task<string> SetupToken => _setupToken.Task;

    /// <summary>The token of the last setup link in <paramref name="lines"/>, or <see langword="null"/>.</summary>
    public static string? SetupTokenIn(IEnumerable<string> lines) =>
        lines.Select(line => SetupLink().Match(line)).LastOrDefault(m => m.Success)?.Groups[1].Value;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        if (!_setupToken.Task.IsCompleted && SetupLink().Match(line) is { Success: true } link)
        {
            _setupToken.TrySetResult(link.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"/setup\?token=([0-9a-f]{40})")]
    private static partial Regex SetupLink();

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
