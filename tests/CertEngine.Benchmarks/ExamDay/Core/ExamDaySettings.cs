namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// How one exam-day run is shaped: how many candidates, how long a sitting lasts and how a browser behaves in it.
/// Exam time is sitting time: a sitting of <see cref="Minutes"/> minutes is scheduled as such on the server (the run's
/// bank copy sets the component's minimum minutes to it), so a run of a few minutes exercises the whole day.
/// </summary>
public sealed record ExamDaySettings
{
    /// <summary>Candidates registered, enrolled and examined.</summary>
    public int Candidates { get; init; } = 300;

    /// <summary>Candidates per theory sitting (考场), each with its proctors.</summary>
    public int SittingSize { get; init; } = 100;

    /// <summary>Candidates per practical sitting (实操考场), each with three assessors (the staffing rule: one per five, odd, at least three).</summary>
    public int PracticalSize { get; init; } = 15;

    /// <summary>The theory sitting's length in minutes, as scheduled.</summary>
    public int Minutes { get; init; } = 3;

    /// <summary>Waves of sittings run one after the other (a day's morning, afternoon …); each wave starts together.</summary>
    public int Waves { get; init; } = 1;

    /// <summary>The window in which a wave's candidates sign in and load their paper (the synchronised start).</summary>
    public TimeSpan StartWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the exam page polls <c>/api/attempt/status</c>.</summary>
    public TimeSpan PollEvery { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The mean time between two answers of a candidate (exponential think time).</summary>
    public TimeSpan SaveEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of candidates who work through the whole paper in the time they have (the others answer at <see cref="SaveEvery"/>).</summary>
    public double DiligentShare { get; init; } = 0.05;

    /// <summary>The chance, per answer, that the browser loses its connection for a while and queues its answers.</summary>
    public double DisconnectChance { get; init; } = 0.02;

    /// <summary>How long a lost connection lasts at most.</summary>
    public TimeSpan OfflineFor { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the closed-loop burst of durable saves lasts (the saves' capacity, set against <c>pgbench -N</c>).</summary>
    public TimeSpan SaveBurst { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Closed-loop workers of the save burst and of the verify and bare-endpoint measurements.</summary>
    public int Workers { get; init; } = 48;

    /// <summary>How long each yardstick (bare endpoint, verify endpoint) is measured.</summary>
    public TimeSpan YardstickFor { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Certificates verified online (the rest, and these, offline against the JWKS).</summary>
    public int OnlineVerifySample { get; init; } = 200;

    /// <summary>A prefix that makes ID numbers, sitting ids and staff names unique to the run.</summary>
    public string Prefix { get; init; } = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The track examined.</summary>
    public string Track { get; init; } = "4-10-01-06/家务服务员/5";

    /// <summary>The published bank version of the track (its frozen <c>bank.yaml</c> gives the answers a well-prepared candidate knows).</summary>
    public int BankVersion { get; init; } = 1;

    /// <summary>The question-bank folder of the server (for the answers a prepared candidate knows).</summary>
    public required string BankRoot { get; init; }

    /// <summary>The first-start setup token the server printed.</summary>
    public required string SetupToken { get; init; }

    /// <summary>When the theory sittings are scheduled to start; null: now (the server's clock, when it is simulated, differs).</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>A seed for every random choice of the run.</summary>
    public int Seed { get; init; } = 20261206;
}
