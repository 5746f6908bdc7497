namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>The server's own figures as the machine sees them: memory in use and CPU seconds used so far.</summary>
public interface IServerProbe
{
    /// <summary>Resident memory of the server processes, in bytes.</summary>
    long ResidentBytes();

    /// <summary>CPU seconds used so far by the server processes and by PostgreSQL.</summary>
    (double Server, double Postgres) CpuSeconds();

    /// <summary>Theory attempts running on the silos now, as the server counts them (its <c>/metrics</c>); null when unknown.</summary>
    long? ActiveAttempts() => null;

    /// <summary>
    /// The servers' garbage-collection pause time so far (seconds), their collections of every generation and their gen2
    /// collections, summed over the silos (their <c>/metrics</c>); null when unknown. A latency spike that every endpoint
    /// shows at once is often a pause.
    /// </summary>
    (double PauseSeconds, double Collections, double Gen2Collections)? GcTotals() => null;

    /// <summary>Stops one silo (of several) mid-day; false when there is none to stop.</summary>
    bool KillOneSilo();
}
