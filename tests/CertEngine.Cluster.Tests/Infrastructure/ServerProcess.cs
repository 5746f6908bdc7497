using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// One real CertEngine server: <c>dotnet CertEngine.Server.dll</c> with its own ports, its console captured line by
/// line. <see cref="KillAsync"/> is SIGKILL on Linux: no shutdown code runs, as when a machine dies.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Seen)> _awaited = [];

    private ServerProcess(Process process, ServerPorts ports)
    {
        _process = process;
        Ports = ports;
    }

    /// <summary>The ports this server listens on.</summary>
    public ServerPorts Ports { get; }

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Ports.Http}");

    /// <summary>Every console line so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last console lines, for failure messages.</summary>
    public string Tail(int count = 40) => string.Join(Environment.NewLine, _lines.TakeLast(count));

    /// <summary>Starts the server; does not wait for it to be ready (see <see cref="WaitUntilHealthyAsync"/>).</summary>
    /// <param name="ports">HTTP, silo and gateway ports.</param>
    /// <param name="arguments">Further switches, e.g. <c>--data DIR</c> or <c>--postgres CONNSTR</c>.</param>
    public static ServerProcess Start(ServerPorts ports, params string[] arguments)
    {
        var dll = Repository.ServerDll;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        string[] common =
        [
            dll,
            // The server's own folder holds appsettings.json (log levels, the issuer); data paths are given absolute.
            "--contentRoot", Path.GetDirectoryName(dll)!,
            "--urls", $"http://127.0.0.1:{ports.Http}",
            "--silo-port", ports.Silo.ToString(CultureInfo.InvariantCulture),
            "--gateway-port", ports.Gateway.ToString(CultureInfo.InvariantCulture),
            "--CertEngine:CertificatesRoot", Repository.Certificates,
            "--Logging:Console:FormatterName", "simple",
            "--Logging:Console:FormatterOptions:SingleLine", "true",
        ];
        foreach (var argument in common.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(process, ports);
        process.OutputDataReceived += (_, e) => server.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => server.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>
    /// Waits for the host's own "Application started" line (every hosted service, the silo among them, has started),
    /// then asks <c>/healthz</c> once; fails when the process ends first or 90 s pass.
    /// </summary>
    public async Task WaitUntilHealthyAsync()
    {
        await LineAsync(Started(), StartTimeout);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync("/healthz");
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Server on port {Ports.Http} started but /healthz answered {(int)response.StatusCode}:{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>
    /// The first console line, printed so far or later, that <paramref name="pattern"/> matches; fails when the process
    /// ends first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task<Match> LineAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var seen = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_awaited)
        {
            if (_lines.Select(line => pattern.Match(line)).FirstOrDefault(match => match.Success) is { } already)
            {
                return already;
            }

            _awaited.Add((pattern, seen));
        }

        using var cancel = new CancellationTokenSource(timeout);
        var exited = _process.WaitForExitAsync(cancel.Token);
        var first = await Task.WhenAny(seen.Task, exited);
        if (first == seen.Task)
        {
            await cancel.CancelAsync();
            return await seen.Task;
        }

        lock (_awaited)
        {
            _awaited.RemoveAll(waiter => waiter.Seen == seen);
        }

        throw _process.HasExited
            ? new InvalidOperationException($"Server on port {Ports.Http} exited with code {_process.ExitCode} before printing /{pattern}/:{Environment.NewLine}{Tail()}")
            : new TimeoutException($"Server on port {Ports.Http} printed no line matching /{pattern}/ within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail()}");
    }

    /// <summary>Waits for the process to end by itself (a refused start), at most <paramref name="timeout"/>.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Server on port {Ports.Http} still running after {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail()}");
        }

        // The parameterless wait also drains the redirected output.
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process ends at once, mid-write if it was writing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_awaited)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _awaited.Where(waiter => waiter.Pattern.IsMatch(line)).ToList())
            {
                waiter.Seen.TrySetResult(waiter.Pattern.Match(line));
                _awaited.Remove(waiter);
            }
        }
    }

    [GeneratedRegex(@"Application started\.")]
    private static partial Regex Started();
}
