using System.Diagnostics.Metrics;

namespace CertEngine.Grains.Telemetry;

/// <summary>
/// An exam day as it happens: candidate and staff sign-ins, paper loads, status polls, answer saves, hand-ins and the
/// attempts running on this silo.
/// </summary>
public static class ExamMetrics
{
    private static readonly Counter<long> SignIns = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.sign_ins", "{sign-in}", "Sign-ins by kind (candidate, staff) and outcome (signed-in, refused, locked)");

    private static readonly Counter<long> PaperLoads = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.attempt.paper_loads", "{load}", "Papers read by candidates' browsers (GET /api/attempt)");

    private static readonly Counter<long> StatusPolls = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.attempt.status_polls", "{poll}", "Status polls of the exam page (GET /api/attempt/status)");

    private static readonly Counter<long> AnswerSaves = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.attempt.answer_saves", "{save}", "Answer saves by outcome (saved: durable; refused: changed nothing)");

    private static readonly Counter<long> Submissions = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.attempt.submissions", "{attempt}", "Attempts handed in and graded, by how (candidate, deadline, closed, terminated)");

    private static long _running;

    /// <summary>
    /// The gauge of running attempts: theory attempts activated on this silo whose clock runs (deadline timer armed); a
    /// paused sitting's attempts leave it until resumed. Read from a number kept in memory, never from the grains.
    /// </summary>
    public static ObservableGauge<long> ActiveAttemptsGauge { get; } = CertEngineMeter.Meter.CreateObservableGauge(
        "certengine.attempts.active", () => Volatile.Read(ref _running), "{attempt}",
        "Theory attempts running on this silo (activated, clock ticking, deadline timer armed)");

    /// <summary>The number of running attempts this process counts now (what the gauge reports).</summary>
    public static long ActiveAttempts => Volatile.Read(ref _running);

    /// <summary>Counts a sign-in.</summary>
    /// <param name="kind"><c>candidate</c> or <c>staff</c>.</param>
    /// <param name="outcome"><c>signed-in</c>, <c>refused</c> or <c>locked</c>.</param>
    public static void SignIn(string kind, string outcome) =>
        SignIns.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts a paper load.</summary>
    public static void PaperLoaded() => PaperLoads.Add(1);

    /// <summary>Counts a status poll.</summary>
    public static void StatusPolled() => StatusPolls.Add(1);

    /// <summary>Counts an answer save: <paramref name="saved"/> when it is durable, otherwise refused.</summary>
    public static void AnswerSaved(bool saved) => AnswerSaves.Add(1, new KeyValuePair<string, object?>("outcome", saved ? "saved" : "refused"));

    /// <summary>Counts a graded hand-in; <paramref name="action"/> is the audit action (<c>attempt.deadline</c> …).</summary>
    public static void Submitted(string action) => Submissions.Add(1, new KeyValuePair<string, object?>("how", action switch
    {
        "attempt.submitted" => "candidate",
        "attempt.deadline" => "deadline",
        "attempt.closed" => "closed",
        "attempt.terminated" => "terminated",
        _ => "other",
    }));

    /// <summary>An attempt's deadline timer was armed: it runs on this silo.</summary>
    internal static void AttemptRunning() => Interlocked.Increment(ref _running);

    /// <summary>An attempt's deadline timer was disarmed (paused, submitted, deactivated).</summary>
    internal static void AttemptStopped() => Interlocked.Decrement(ref _running);
}
