using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CertEngine.Domain.Candidates;
using Microsoft.Extensions.Logging;

namespace CertEngine.Tests.Shared;

/// <summary>
/// What the hosts of the API tests and of the browser tests both need: free ports, unique valid ID numbers, and the
/// server's log captured so a test can read the first-start setup link. Linked into both test projects as source.
/// </summary>
internal static partial class ServerTestSupport
{
    private static int _sequence;

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A valid, unique ID number (Changzhi region code).</summary>
    public static string NewIdNumber()
    {
        var n = Interlocked.Increment(ref _sequence) + Environment.ProcessId % 500;
        var body = string.Create(CultureInfo.InvariantCulture, $"140402{1975 + n % 25}{1 + n % 12:00}{1 + n % 28:00}{n % 1000:000}");
        return body + IdentityNumber.CheckCharacterOf(body);
    }

    /// <summary>The token of the last setup link in <paramref name="log"/>, or <see langword="null"/>.</summary>
    public static string? SetupToken(IEnumerable<string> log) =>
        log.Select(line => SetupLink().Match(line)).LastOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary>Waits (polling the log, with a deadline) for the setup link the server prints at first start.</summary>
    public static async Task<string> WaitForSetupTokenAsync(IEnumerable<string> log, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (SetupToken(log) is { } token)
            {
                return token;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the server printed no setup link");
    }

    [GeneratedRegex(@"/setup\?token=([0-9a-f]{40})")]
    private static partial Regex SetupLink();
}

/// <summary>Keeps every log line the server writes that the host's filters let through (Information and above unless a host asks for Debug of a category).</summary>
internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(lines);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
