using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// How far the exports started from the 数据上报 page have got, by a job id the page's script makes up, so the page can
/// show "n of m rows written" while the file is being written (<c>GET /api/exports/progress/{job}</c>). In memory, per
/// server, bounded: at most <see cref="MaxJobs"/> jobs, each forgotten <see cref="Keep"/> after it was last touched.
/// Holds counts only, never a row.
/// </summary>
public sealed partial class ExportProgress(TimeProvider clock)
{
    /// <summary>The most jobs remembered at once.</summary>
    public const int MaxJobs = 256;

    /// <summary>How long a job is remembered after its last change.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, ExportJobState> _jobs = new(StringComparer.Ordinal);

    /// <summary>Whether a job id has the page script's shape (8–32 lower-case letters and digits).</summary>
    public static bool IsJobId(string? job) => job is not null && JobId().IsMatch(job);

    /// <summary>A job has counted its rows and begins writing them.</summary>
    public void Start(string job, long total)
    {
        if (!IsJobId(job))
        {
            return;
        }

        Sweep();
        if (_jobs.Count < MaxJobs || _jobs.ContainsKey(job))
        {
            _jobs[job] = new ExportJobState(job, ExportJobState.Running, 0, total, clock.GetUtcNow());
        }
    }

    /// <summary>Rows written so far.</summary>
    public void Report(string job, long written)
    {
        if (_jobs.TryGetValue(job, out var state))
        {
            _jobs[job] = state with { Written = written, At = clock.GetUtcNow() };
        }
    }

    /// <summary>The job ended: written whole (<see cref="ExportJobState.Done"/>) or not (<see cref="ExportJobState.Failed"/>).</summary>
    public void Finish(string job, string outcome, long written)
    {
        if (IsJobId(job))
        {
            Sweep();
            if (_jobs.Count < MaxJobs || _jobs.ContainsKey(job))
            {
                _jobs[job] = new ExportJobState(job, outcome, written, _jobs.TryGetValue(job, out var state) ? state.Total : written, clock.GetUtcNow());
            }
        }
    }

    /// <summary>The job's state; <see cref="ExportJobState.Unknown"/> for a job not (or no longer) known.</summary>
    public ExportJobState Get(string job) =>
        _jobs.TryGetValue(job, out var state) && clock.GetUtcNow() - state.At <= Keep ? state : new ExportJobState(job, ExportJobState.Unknown, 0, 0, clock.GetUtcNow());

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (job, state) in _jobs)
        {
            if (now - state.At > Keep)
            {
                _jobs.TryRemove(job, out _);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]{8,32}$")]
    private static partial Regex JobId();
}

/// <summary>One export job as the page polls it.</summary>
/// <param name="Job">The id the page made up.</param>
/// <param name="State"><c>running</c>, <c>done</c>, <c>failed</c> or <c>unknown</c>.</param>
/// <param name="Written">Rows written so far.</param>
/// <param name="Total">Rows the export holds.</param>
/// <param name="At">When it last changed.</param>
public sealed record ExportJobState(string Job, string State, long Written, long Total, DateTimeOffset At)
{
    /// <summary>Being written.</summary>
    public const string Running = "running";

    /// <summary>Written whole and handed to the browser.</summary>
    public const string Done = "done";

    /// <summary>Refused or broken off: nothing was handed over.</summary>
    public const string Failed = "failed";

    /// <summary>Not a job this server knows.</summary>
    public const string Unknown = "unknown";
}
