using System.Collections.Concurrent;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>Every request's latency and outcome, by phase and endpoint, as the driver saw them.</summary>
public sealed class LatencyBook
{
    private readonly ConcurrentDictionary<(string Phase, string Endpoint), Ledger> _ledgers = new();

    /// <summary>The phase requests are counted in now.</summary>
    public string Phase { get; set; } = "setup";

    /// <summary>Records one request of <paramref name="endpoint"/> in the current phase.</summary>
    public void Record(string endpoint, double milliseconds, bool failed)
    {
        var ledger = _ledgers.GetOrAdd((Phase, endpoint), _ => new Ledger());
        if (failed)
        {
            Interlocked.Increment(ref ledger.Errors);
        }
        else
        {
            ledger.Milliseconds.Add(milliseconds);
        }
    }

    /// <summary>Requests (answered and failed) of every endpoint in <paramref name="phase"/>.</summary>
    public long Requests(string phase) => _ledgers.Where(l => l.Key.Phase == phase).Sum(l => l.Value.Milliseconds.Count + l.Value.Errors);

    /// <summary>Requests of <paramref name="endpoint"/> answered (2xx, or what the caller expected) in <paramref name="phase"/> so far.</summary>
    public long Answered(string phase, string endpoint) => _ledgers.TryGetValue((phase, endpoint), out var ledger) ? ledger.Milliseconds.Count : 0;

    /// <summary>Figures per endpoint of one phase over <paramref name="seconds"/> of wall time.</summary>
    public IReadOnlyList<EndpointFigures> Figures(string phase, double seconds) =>
        [.. _ledgers.Where(l => l.Key.Phase == phase).OrderBy(l => l.Key.Endpoint, StringComparer.Ordinal).Select(l => l.Value.Figures(phase, l.Key.Endpoint, seconds))];

    /// <summary>The figures of one endpoint in one phase, or an empty line.</summary>
    public EndpointFigures Of(string phase, string endpoint, double seconds) =>
        _ledgers.TryGetValue((phase, endpoint), out var ledger) ? ledger.Figures(phase, endpoint, seconds) : new EndpointFigures(phase, endpoint, 0, 0, 0, 0, 0, 0, 0);

    private sealed class Ledger
    {
        public readonly ConcurrentBag<double> Milliseconds = [];
        public long Errors;

        public EndpointFigures Figures(string phase, string endpoint, double seconds)
        {
            var sorted = Milliseconds.Order().ToArray();
            return new EndpointFigures(phase, endpoint, sorted.Length, Interlocked.Read(ref Errors), seconds > 0 ? sorted.Length / seconds : 0,
                Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.LastOrDefault());
        }
    }

    /// <summary>The p-quantile (nearest rank) of sorted values; 0 when there are none.</summary>
    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>One endpoint's figures in one phase: answered requests, errors, rate, and latency quantiles in milliseconds.</summary>
public sealed record EndpointFigures(string Phase, string Endpoint, long Answered, long Errors, double PerSecond, double P50, double P95, double P99, double Max);
