using CertEngine.Benchmarks.ExamDay.Core;
using CertEngine.Benchmarks.Load;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>
/// The server's own figures, as each silo publishes them at <c>/metrics</c> (issue 18; the driver runs on the same
/// machine, so loopback may read them): CPU seconds (<c>dotnet_process_cpu_time_seconds_total</c>), memory
/// (<c>dotnet_process_memory_working_set_bytes</c>) and running attempts (<c>certengine_attempts_active</c>), summed over
/// the silos still up. PostgreSQL's CPU still comes from <c>/proc</c> (it is not our process), and stopping a silo is
/// <see cref="ProcessProbe"/>'s. A silo whose <c>/metrics</c> does not answer falls back to <c>/proc</c> for CPU and memory.
/// The page of a silo with 20,000 attempts is large, so it is read once per sample, asynchronously.
/// </summary>
internal sealed class MetricsProbe(IReadOnlyList<Uri> silos, ProcessProbe processes) : IServerProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly List<Uri> _alive = [.. silos];

    // Orleans' names of the grain types a sitting leaves idle (CertEngine.Grains.IdleGrains): their activations are
    // counted by orleans_catalog_activations{grain_type=…}.
    private static readonly string[] IdleGrainTypes = ["candidate", "candidateevidence", "audittrail", "practicalattempt"];

    /// <summary>
    /// One scrape of each silo still up, read without blocking a thread; when one does not answer, memory and CPU come
    /// from <c>/proc</c> and the figures only <c>/metrics</c> has are unknown.
    /// </summary>
    public async Task<ServerSample> SampleAsync(CancellationToken cancellationToken = default)
    {
        var pages = new List<string>();
        foreach (var silo in _alive.ToList())
        {
            try
            {
                pages.Add(await Http.GetStringAsync(new Uri(silo, "/metrics"), cancellationToken));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return processes.Sample();
            }
        }

        var postgres = CpuSample.Take(0).Postgres;
        double Sum(string metric, string? label = null) => pages.Sum(page => PrometheusText.Sum(page, metric, label) ?? double.NaN);
        var (memory, cpu) = (Sum("dotnet_process_memory_working_set_bytes"), Sum("dotnet_process_cpu_time_seconds_total"));
        if (double.IsNaN(memory) || double.IsNaN(cpu))
        {
            return processes.Sample();
        }

        var (pause, all, gen2) = (Sum("dotnet_gc_pause_time_seconds_total"), Sum("dotnet_gc_collections_total"),
            Sum("dotnet_gc_collections_total", "gc_heap_generation=\"gen2\""));
        var active = Sum("certengine_attempts_active");
        var idle = IdleGrainTypes.Sum(type => Sum("orleans_catalog_activations", $"grain_type=\"{type}\""));
        var quiet = Sum("certengine_memory_quiet_compactions_total");
        return new ServerSample((long)memory, cpu, postgres, double.IsNaN(active) ? null : (long)active,
            double.IsNaN(pause) || double.IsNaN(all) || double.IsNaN(gen2) ? null : new GcTotals(pause, all, gen2),
            double.IsNaN(idle) ? null : (long)idle, double.IsNaN(quiet) ? null : quiet);
    }

    public bool KillOneSilo()
    {
        var killed = processes.KillOneSilo();
        if (killed && _alive.Count > 0)
        {
            _alive.RemoveAt(_alive.Count - 1); // exam-day.sh lists the silos' addresses and process ids in the same order
        }

        return killed;
    }
}
