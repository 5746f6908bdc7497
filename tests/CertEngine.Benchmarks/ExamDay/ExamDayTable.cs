using System.Globalization;
using System.Text;
using CertEngine.Benchmarks.ExamDay.Core;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>The run's table (machine, command, date, figures, ratios) and its target lines, and where the table goes in the docs.</summary>
internal static class ExamDayTable
{
    public const string Begin = "<!-- exam-day runs: begin (exam-day.sh writes here; newest first) -->";
    public const string End = "<!-- exam-day runs: end -->";

    public static string Markdown(ExamDayReport r, ExamDaySettings s, string mode, int silos, double pgbench, string command)
    {
        var b = new StringBuilder();
        void Line(FormattableString text) => b.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"### {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · `{command}`");
        b.AppendLine();
        Line($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average before the day {LoadAverage()}. ");
        Line($"Mode {mode}, {silos} silo(s); {r.Candidates:N0} candidates in {r.Sittings} theory sittings of {s.SittingSize} ({r.Waves} wave(s)) and {r.PracticalSittings} practical sittings of {s.PracticalSize}; sittings of {s.Minutes} min; polls every {s.PollEvery.TotalSeconds:0} s, a save every {s.SaveEvery.TotalSeconds:0} s on average, {s.DiligentShare:P0} diligent candidates.");
        b.AppendLine();
        Line($"Setup (import, scheduling, check-in, staff): {r.SetupSeconds:0.0} s. Phases: {string.Join(", ", r.PhaseSeconds.Where(p => p.Key != "setup").Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0.0} s")))}.");
        b.AppendLine();
        b.AppendLine("| phase | endpoint | answered | errors | per s | p50 ms | p95 ms | p99 ms | max ms |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var phase in new[] { "start", "steady", "burst", "read-back", "deadline", "practical", "certificates", "verify", "yardsticks" })
        {
            // Every wave's requests are counted under one phase, so a rate is over every wave's seconds of it.
            var seconds = phase == "start"
                ? r.PhaseSeconds.Where(p => p.Key.StartsWith("start", StringComparison.Ordinal)).Sum(p => p.Value)
                : r.PhaseSeconds.GetValueOrDefault(phase);
            foreach (var f in r.Book.Figures(phase, seconds).Where(f => !f.Endpoint.EndsWith(".warm-up", StringComparison.Ordinal)))
            {
                Line($"| {phase} | {f.Endpoint} | {f.Answered:N0} | {f.Errors} | {f.PerSecond:0} | {f.P50:0.0} | {f.P95:0.0} | {f.P99:0.0} | {f.Max:0.0} |");
            }
        }

        b.AppendLine();
        b.AppendLine("| figure | value | limit (same run) | ratio |");
        b.AppendLine("|---|---:|---:|---:|");
        var pgbenchText = pgbench > 0 ? "pgbench -N " + pgbench.ToString("0", CultureInfo.InvariantCulture) + " tps" : "pgbench -N n/a";
        Line($"| durable saves acknowledged in the burst: a closed loop on top of the day, and the browsers' own | {r.BurstAllSavesPerSecond:0}/s = {r.BurstSavesPerSecond:0} + {r.BurstBrowserSavesPerSecond:0} | {pgbenchText} | {Ratio(r.BurstAllSavesPerSecond, pgbench)} |");
        Line($"| … of them the closed loop's alone | {r.BurstSavesPerSecond:0}/s | {pgbenchText} | {Ratio(r.BurstSavesPerSecond, pgbench)} |");
        if (r.BurstCpu is { Requests: > 0 } cpu)
        {
            Line($"| CPU per request in the burst: server · PostgreSQL · driver ({cpu.Requests / cpu.Seconds:0} requests/s, saves and the browsers') | {cpu.Server / cpu.Requests * 1e6:0} · {cpu.Postgres / cpu.Requests * 1e6:0} · {cpu.Driver / cpu.Requests * 1e6:0} µs | the machine busy {cpu.MachineBusy:0.0} of {cpu.MachineCapacity:0.0} CPU s | {Ratio(cpu.MachineBusy, cpu.MachineCapacity)} |");
        }

        Line($"| verify endpoint | {r.VerifyPerSecond:0}/s | bare endpoint {r.BarePerSecond:0}/s | {Ratio(r.VerifyPerSecond, r.BarePerSecond)} |");
        Line($"| steady p99, saves · polls | {Steady(r, "attempt.save").P99:0.0} · {Steady(r, "attempt.status").P99:0.0} ms | 50 ms | {Ratio(Math.Max(Steady(r, "attempt.save").P99, Steady(r, "attempt.status").P99), 50)} |");
        Line($"| start p99 (sign-in + paper) | {r.StartP99:0} ms | 1,000 ms | {Ratio(r.StartP99, 1000)} |");
        Line($"| deadline: all submitted after | {r.DeadlineSeconds:0.0} s | 60 s | {Ratio(r.DeadlineSeconds, 60)} |");
        Line($"| memory per active attempt | {PerAttemptKiB(r):0.0} KiB | 32 KiB | {Ratio(PerAttemptKiB(r), 32)} |");
        Line($"| server CPU per request (steady) | {CpuPerRequest(r):0} µs | {Environment.ProcessorCount} cores × {r.SteadySeconds:0} s = {Environment.ProcessorCount * r.SteadySeconds:0} CPU s | {Ratio(r.SteadyServerCpu, Environment.ProcessorCount * r.SteadySeconds)} of the machine |");
        Line($"| PostgreSQL CPU per request (steady) | {(r.SteadyRequests > 0 ? r.SteadyPostgresCpu / r.SteadyRequests * 1e6 : 0):0} µs | | |");
        Line($"| server memory idle · peak | {r.IdleBytes / 1048576.0:0} · {r.PeakBytes / 1048576.0:0} MiB | | |");
        if (r.SteadyGcPauseSeconds is { } pause && r.SteadyGcCollections is { } collections && r.SteadyGen2Collections is { } gen2)
        {
            Line($"| server GC pauses (steady), in all | {pause * 1000:0} ms in {collections:0} collections ({gen2:0} gen2{(r.SteadyQuietCompactions is { } quiet ? $", {quiet:0} quiet compactions" : "")}), {(collections > 0 ? pause * 1000 / collections : 0):0.0} ms each | {r.SteadySeconds:0} s | {Ratio(pause, r.SteadySeconds)} |");
        }
        if (r.SteadyDriver is { } driver)
        {
            Line($"| the driver itself (steady): its timers' worst lag · lags over {DriverWatch.StallAbove.TotalMilliseconds:0} ms · its GC pauses | {driver.WorstTimerLag.TotalMilliseconds:0} ms · {driver.Stalls} · {driver.GcPauses.TotalMilliseconds:0} ms | steady p99 above | {Ratio(driver.WorstTimerLag.TotalMilliseconds, Math.Max(Steady(r, "attempt.save").P99, Steady(r, "attempt.status").P99))} |");
        }

        b.AppendLine();
        Line($"Checks: {r.AcknowledgedAnswers:N0} acknowledged answers read back, {r.MissingAnswers} missing or different; {r.DeadlineSubmitted:N0} of {r.DeadlineAttempts:N0} attempts submitted at the deadline (within {r.DeadlineSeconds:0} s), {r.DeadlineLate:N0} of all waves' later (by the day's end), {r.DeadlineNeverSubmitted:N0} never, {r.DeadlineCountMismatches} with another answer count; results recorded: theory {r.TheoryResults:N0}, practical {r.PracticalResults:N0}; {r.CertificatesIssued:N0} certificates issued ({r.CertificatesNotReady:N0} candidates not passed), {r.VerifiedOffline:N0} verified offline against the JWKS, {r.VerifiedOnline} online, {r.VerifyFailures} failed; silos stopped mid-day: {r.SilosKilled}. **{(r.NothingLost ? "Nothing lost." : "LOST OR BROKEN: " + string.Join("; ", r.Problems))}**");
        return b.ToString();
    }

    public static IEnumerable<string> Targets(ExamDayReport r, ExamDaySettings s, string mode, int silos, double pgbench)
    {
        var postgres = mode == "postgres";
        string Line(string name, FormattableString value, string goal, bool met) =>
            $"target {name}: {value.ToString(CultureInfo.InvariantCulture)} ({goal}) {(met ? "met" : "missed")}";
        yield return Line("synchronised-start", $"{r.PapersDelivered:N0} of {r.StartCandidates:N0} papers within {r.LastPaperSeconds:0.0} s, p99 {r.StartP99:0} ms, {Errors(r, "start")} errors",
            "5,000 sign in and load their paper within 10 s, p99 < 1 s, no error",
            postgres && r.StartCandidates >= 5_000 && r.PapersDelivered == r.StartCandidates && r.LastPaperSeconds <= s.StartWindow.TotalSeconds + 1 && r.StartP99 < 1000 && Errors(r, "start") == 0);
        var save = Steady(r, "attempt.save");
        var poll = Steady(r, "attempt.status");
        yield return Line("steady-state", $"{r.SteadyConnected:N0} connected, p99 saves {save.P99:0.0} ms, polls {poll.P99:0.0} ms, {Errors(r, "steady")} errors",
            "20,000 connected, p99 < 50 ms for saves and polls, no error",
            postgres && r.SteadyConnected >= 20_000 && save.P99 < 50 && poll.P99 < 50 && Errors(r, "steady") == 0);
        yield return Line("deadline", $"{r.DeadlineSubmitted:N0} of {r.DeadlineAttempts:N0} attempts submitted and graded {r.DeadlineSeconds:0.0} s after one deadline, {r.DeadlineCountMismatches} answer counts differ",
            "5,000 at one deadline, all within 60 s, none lost",
            postgres && r.DeadlineAttempts >= 5_000 && r.DeadlineSubmitted == r.DeadlineAttempts && r.DeadlineSeconds <= 60 && r.DeadlineCountMismatches == 0);
        yield return Line("whole-day", $"{r.Candidates:N0} candidates in {r.Sittings} sittings, results theory {r.TheoryResults:N0} practical {r.PracticalResults:N0}, {r.VerifiedOffline:N0} of {r.CertificatesIssued:N0} certificates verified",
            "50,000 in 500 sittings, every result recorded, every certificate verifiable",
            postgres && r.Candidates >= 50_000 && r.NothingLost && r.TheoryResults >= r.Candidates && r.PracticalResults >= r.Candidates && r.VerifiedOffline == r.CertificatesIssued);
        yield return Line("memory-per-attempt", $"{PerAttemptKiB(r):0.0} KiB ({r.IdleBytes / 1048576.0:0} MiB idle, {r.PeakBytes / 1048576.0:0} MiB with {Active(r):N0} active)",
            "≤ 32 KiB with 20,000 active attempts", postgres && r.SteadyConnected >= 20_000 && r.PeakBytes > 0 && PerAttemptKiB(r) <= 32);
        yield return Line("durable-saves", $"{r.BurstAllSavesPerSecond:0}/s ({r.BurstSavesPerSecond:0} of a closed loop + {r.BurstBrowserSavesPerSecond:0} of the browsers) = {Ratio(r.BurstAllSavesPerSecond, pgbench)} × pgbench -N",
            "≥ 0.8 × pgbench -N", postgres && pgbench > 0 && r.BurstAllSavesPerSecond >= 0.8 * pgbench);
        yield return Line("verify-vs-bare", $"{r.VerifyPerSecond:0}/s = {Ratio(r.VerifyPerSecond, r.BarePerSecond)} × the bare endpoint",
            "≥ 0.5 × bare", r.BarePerSecond > 0 && r.VerifyPerSecond >= 0.5 * r.BarePerSecond);
        yield return Line("two-silos", $"{silos} silo(s), {r.SilosKilled} stopped mid-day, {(r.NothingLost ? "nothing lost" : "something lost")}",
            "two silos on one PostgreSQL, one killed mid-day, nothing lost", postgres && silos >= 2 && r.SilosKilled >= 1 && r.NothingLost);
    }

    /// <summary>Puts the table first between the markers of <paramref name="path"/>, replacing an earlier run of the same command.</summary>
    public static void WriteInto(string path, string table)
    {
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            text = text.TrimEnd() + "\n\n" + Begin + "\n" + End + "\n";
            begin = text.IndexOf(Begin, StringComparison.Ordinal);
            end = text.IndexOf(End, StringComparison.Ordinal);
        }

        var runs = text[(begin + Begin.Length)..end].Split("\n### ", StringSplitOptions.RemoveEmptyEntries)
            .Select(run => run.TrimStart('#', ' ', '\n').Trim()).Where(run => run.Length > 0).ToList();
        var command = table[(table.IndexOf('`') + 1)..];
        command = command[..command.IndexOf('`')];
        runs.RemoveAll(run => run.Split('\n')[0].Contains('`' + command + '`', StringComparison.Ordinal));
        runs.Insert(0, table.Trim().TrimStart('#', ' '));
        var body = string.Join("\n\n", runs.Select(run => "### " + run));
        File.WriteAllText(path, text[..(begin + Begin.Length)] + "\n\n" + body + "\n\n" + text[end..]);
    }

    private static EndpointFigures Steady(ExamDayReport r, string endpoint) => r.Book.Of("steady", endpoint, r.SteadySeconds);

    private static long Errors(ExamDayReport r, string phase) => r.Book.Figures(phase, 1).Sum(f => f.Errors);

    private static double PerAttemptKiB(ExamDayReport r) => Active(r) > 0 && r.PeakBytes > 0 ? (r.PeakBytes - r.IdleBytes) / 1024.0 / Active(r) : 0;

    // The attempts the server itself counted running at its most (/metrics), else the browsers the driver kept connected.
    private static long Active(ExamDayReport r) => r.PeakActiveAttempts > 0 ? r.PeakActiveAttempts : r.SteadyConnected;

    private static double CpuPerRequest(ExamDayReport r) => r.SteadyRequests > 0 ? r.SteadyServerCpu / r.SteadyRequests * 1e6 : 0;

    private static string Ratio(double value, double limit) => limit > 0 ? (value / limit).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
