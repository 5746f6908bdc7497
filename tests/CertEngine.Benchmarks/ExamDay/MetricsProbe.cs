using System.Diagnostics;
using System.Globalization;
using CertEngine.Benchmarks.ExamDay.Core;
using CertEngine.Benchmarks.Load;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>
/// The server's own figures, as each silo publishes them at <c>/metrics</c> (issue 18; the driver runs on the same
/// machine, so loopback may read them): CPU seconds (<c>dotnet_process_cpu_time_seconds_total</c>), memory
/// (<c>dotnet_process_memory_working_set_bytes</c>) and running attempts (<c>certengine_attempts_active</c>), summed over
/// the silos still up. PostgreSQL's CPU still comes from <c>/proc</c> (it is not our process), and stopping a silo is
/// <see cref="ProcessProbe"/>'s. A silo whose <c>/metrics</c> does not answer falls back to <c>/proc</c> for CPU and memory.
/// </summary>
internal sealed class MetricsProbe(IReadOnlyList<Uri> silos, ProcessProbe processes) : IServerProbe
{
    // Figures read within this long of a scrape come from that scrape: the once-a-second tick wants memory and running
    // attempts, and two scrapes for them would make the driver cost the server more than a Prometheus (every 15 s) does.
    private static readonly TimeSpan ScrapeReuse = TimeSpan.FromMilliseconds(500);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly List<Uri> _alive = [.. silos];
    private readonly Dictionary<Uri, (long At, string Text)> _scrapes = [];

    public long ResidentBytes() => Read("dotnet_process_memory_working_set_bytes") is { } bytes ? (long)bytes : processes.ResidentBytes();

    public (double Server, double Postgres) CpuSeconds()
    {
        var postgres = CpuSample.Take(0).Postgres;
        return (Read("dotnet_process_cpu_time_seconds_total") ?? processes.CpuSeconds().Server, postgres);
    }

    public long? ActiveAttempts() => Read("certengine_attempts_active") is { } active ? (long)active : null;

    public (double PauseSeconds, double Collections, double Gen2Collections)? GcTotals() =>
        Read("dotnet_gc_pause_time_seconds_total") is { } pause && Read("dotnet_gc_collections_total") is { } all
        && Read("dotnet_gc_collections_total", "gc_heap_generation=\"gen2\"") is { } gen2
            ? (pause, all, gen2)
            : null;

    public bool KillOneSilo()
    {
        var killed = processes.KillOneSilo();
        if (killed && _alive.Count > 0)
        {
            _alive.RemoveAt(_alive.Count - 1); // exam-day.sh lists the silos' addresses and process ids in the same order
        }

        return killed;
    }

    /// <summary>
    /// The sum of <paramref name="metric"/>'s samples (those whose labels hold <paramref name="label"/>, when given) over
    /// every silo still up; null when one did not answer.
    /// </summary>
    private double? Read(string metric, string? label = null)
    {
        var sum = 0.0;
        foreach (var silo in _alive.ToList())
        {
            try
            {
                var text = Scrape(silo);
                sum += text.Split('\n')
                    .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
                    .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
                    .Sum(line => double.Parse(line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException)
            {
                return null;
            }
        }

        return sum;
    }

    private string Scrape(Uri silo)
    {
        lock (_scrapes)
        {
            if (_scrapes.TryGetValue(silo, out var last) && Stopwatch.GetElapsedTime(last.At) < ScrapeReuse)
            {
                return last.Text;
            }
        }

        var text = Http.GetStringAsync(new Uri(silo, "/metrics")).GetAwaiter().GetResult();
        lock (_scrapes)
        {
            _scrapes[silo] = (Stopwatch.GetTimestamp(), text);
        }

        return text;
    }
}
