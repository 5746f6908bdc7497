namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// The server's own figures as the machine sees them. One sample reads them all at once, without blocking a thread: the
/// driver shares its thread pool with the 20,000 browsers it simulates, and a thread held by a blocking read there showed
/// in every browser's latency, not the server's (issue 18, docs/performance.md).
/// </summary>
public interface IServerProbe
{
    /// <summary>The servers' figures now.</summary>
    Task<ServerSample> SampleAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops one silo (of several) mid-day; false when there is none to stop.</summary>
    bool KillOneSilo();
}

/// <summary>
/// The servers' figures at one moment, summed over the silos still up: resident memory (bytes), CPU seconds used so far
/// by the servers and by PostgreSQL, theory attempts running (null when unknown), garbage-collection totals (null when
/// unknown; a latency spike that every endpoint shows at once is often a pause) and the activations of the grains a
/// sitting leaves idle (each candidate's grain, evidence and audit trail, and practical attempts; null when unknown), and
/// the heap compactions the servers made while quiet (CertEngine:Memory; null when unknown).
/// </summary>
public sealed record ServerSample(long ResidentBytes, double ServerCpuSeconds, double PostgresCpuSeconds, long? ActiveAttempts = null, GcTotals? Gc = null,
    long? IdleGrains = null, double? QuietCompactions = null);

/// <summary>Garbage collection so far: pause time (seconds), collections of every generation, gen2 collections.</summary>
public readonly record struct GcTotals(double PauseSeconds, double Collections, double Gen2Collections);
