namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>What an exam-day run measured and checked. Times in milliseconds unless named otherwise.</summary>
public sealed class ExamDayReport
{
    public required LatencyBook Book { get; init; }

    public Dictionary<string, double> PhaseSeconds { get; } = new(StringComparer.Ordinal);

    public double SetupSeconds { get; set; }

    public int Candidates { get; set; }

    public int Sittings { get; set; }

    public int PracticalSittings { get; set; }

    public int Waves { get; set; }

    /// <summary>Of the largest wave: candidates, papers delivered, p99 of sign-in + paper, seconds from the wave's start to its last paper.</summary>
    public int StartCandidates { get; set; }

    public int PapersDelivered { get; set; }

    public double StartP99 { get; set; }

    public double LastPaperSeconds { get; set; }

    /// <summary>Candidates connected in the steady state of the largest wave.</summary>
    public int SteadyConnected { get; set; }

    public int AcknowledgedAnswers { get; set; }

    public int MissingAnswers { get; set; }

    /// <summary>Attempts of the largest wave that reached one deadline; submitted afterwards; the seconds until the last was.</summary>
    public int DeadlineAttempts { get; set; }

    public int DeadlineSubmitted { get; set; }

    public double DeadlineSeconds { get; set; }

    /// <summary>
    /// Attempts of any wave not seen handed in within the deadline's watch (180 s) and looked at again after the practical
    /// phase: handed in by then (late, not lost), or never (lost).
    /// </summary>
    public int DeadlineLate { get; set; }

    public int DeadlineNeverSubmitted { get; set; }

    /// <summary>Submitted attempts whose answer count differs from what the browser had acknowledged.</summary>
    public int DeadlineCountMismatches { get; set; }

    public int PracticalResults { get; set; }

    public int TheoryResults { get; set; }

    public int CertificatesIssued { get; set; }

    public int CertificatesNotReady { get; set; }

    public int VerifiedOffline { get; set; }

    public int VerifiedOnline { get; set; }

    public int VerifyFailures { get; set; }

    public double BurstSavesPerSecond { get; set; }

    /// <summary>
    /// The browsers' own saves acknowledged in the same burst (each a durable write like the burst's): with
    /// <see cref="BurstSavesPerSecond"/>, every durable save the servers acknowledged a second in it.
    /// </summary>
    public double BurstBrowserSavesPerSecond { get; set; }

    /// <summary>Every durable save acknowledged a second in the burst: the closed loop's and the browsers'.</summary>
    public double BurstAllSavesPerSecond => BurstSavesPerSecond + BurstBrowserSavesPerSecond;

    /// <summary>
    /// Where the machine's CPU went in the largest wave's save burst: seconds of the servers, PostgreSQL and the driver, and
    /// of the whole machine (every process, from <c>/proc/stat</c>), over the burst; the requests answered
    /// in it (the burst's saves and the browsers' own). Null when not measured.
    /// </summary>
    public BurstCpu? BurstCpu { get; set; }

    public double VerifyPerSecond { get; set; }

    public double BarePerSecond { get; set; }

    /// <summary>Server memory (bytes) when idle and at the most during a steady state.</summary>
    public long IdleBytes { get; set; }

    public long PeakBytes { get; set; }

    /// <summary>The most theory attempts the server counted running at once (its <c>/metrics</c>); 0 when not read.</summary>
    public long PeakActiveAttempts { get; set; }

    /// <summary>Server CPU seconds and requests in the steady state; PostgreSQL's CPU seconds in it.</summary>
    public double SteadyServerCpu { get; set; }

    public double SteadyPostgresCpu { get; set; }

    public long SteadyRequests { get; set; }

    /// <summary>The driver's own health over the steady state (its timers' lag, its GC pauses); null when not measured.</summary>
    public DriverHealth? SteadyDriver { get; set; }

    /// <summary>
    /// The servers' garbage-collection pauses (seconds, in all), collections of every generation and gen2 collections in
    /// the steady state; null when not read.
    /// </summary>
    public double? SteadyGcPauseSeconds { get; set; }

    public double? SteadyGcCollections { get; set; }

    public double? SteadyGen2Collections { get; set; }

    /// <summary>Heap compactions the servers made while quiet during the steady state (none is expected); null when not read.</summary>
    public double? SteadyQuietCompactions { get; set; }

    public double SteadySeconds { get; set; }

    /// <summary>Silos killed during the day, and whether the day still lost nothing.</summary>
    public int SilosKilled { get; set; }

    public List<string> Problems { get; } = [];

    /// <summary>Nothing lost: every acknowledged answer read back and counted at submission, every attempt submitted, every certificate verified.</summary>
    public bool NothingLost => MissingAnswers == 0 && DeadlineCountMismatches == 0 && DeadlineNeverSubmitted == 0 && VerifyFailures == 0 && Problems.Count == 0;
}

/// <summary>CPU seconds over the save burst: the servers, PostgreSQL, the driver and the whole machine (busy, of its capacity), and the requests answered in it.</summary>
public sealed record BurstCpu(double Server, double Postgres, double Driver, double MachineBusy, double MachineCapacity, long Requests, double Seconds);
