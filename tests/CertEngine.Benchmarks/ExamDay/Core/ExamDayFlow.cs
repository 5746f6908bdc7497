using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CertEngine.Domain.Certificates;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// The exam day, phase by phase: setup; per wave the synchronised start, the steady state (polls, saves, proctors'
/// rosters), a closed-loop burst of saves, the read-back of every acknowledged answer and the deadline; then the
/// assessors' scoring of the practical sittings, certificates issued, and every certificate verified offline against the
/// JWKS and a sample online; finally the yardsticks (verify endpoint and bare endpoint under the same client).
/// </summary>
/// <param name="settings">The run's shape.</param>
/// <param name="http">The silos.</param>
/// <param name="progress">Where the phases are shown.</param>
/// <param name="probe">The server's memory and CPU, or null (in-process runs).</param>
/// <param name="jumpPastDeadline">
/// When set, candidates run for <paramref name="activeFor"/> of wall time and then this moves the server's clock past the
/// deadline (a test server on a simulated clock); when null, the run waits for the real deadline.
/// </param>
/// <param name="activeFor">Wall time the candidates work when the clock is simulated.</param>
/// <param name="bareUrl">The bare ASP.NET Core endpoint to measure as the yardstick, or null.</param>
/// <param name="killSilo">Stop one silo halfway through the first wave's steady state.</param>
public sealed class ExamDayFlow(ExamDaySettings settings, ExamDayHttp http, IExamDayProgress progress, IServerProbe? probe = null,
    Func<Task>? jumpPastDeadline = null, TimeSpan? activeFor = null, string? bareUrl = null, bool killSilo = false)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    // Attempts not seen handed in within a deadline's watch, looked at again once the practical phase is over.
    private readonly List<ExamDayCandidate> _late = [];

    /// <summary>Runs the whole day.</summary>
    public async Task<ExamDayReport> RunAsync()
    {
        var report = new ExamDayReport { Book = http.Book, Candidates = settings.Candidates, Waves = settings.Waves };
        progress.Note($"answer key: {Key().Count} questions known to prepared candidates");
        report.IdleBytes = probe is null ? 0 : (await probe.SampleAsync()).ResidentBytes;

        var plan = await PhaseAsync(report, "setup", () => new ExamDaySetup(settings, http, progress).RunAsync());
        report.SetupSeconds = report.PhaseSeconds["setup"];
        report.Sittings = plan.Theory.Count;
        report.PracticalSittings = plan.Practical.Count;
        progress.Note(FormattableString.Invariant($"setup: {plan.Candidates.Count} candidates, {plan.Theory.Count} theory and {plan.Practical.Count} practical sittings in {report.SetupSeconds:0.0} s"));

        await PhaseAsync(report, "settle", async () => { await SettleAsync(plan); return 0; });

        var random = new Random(settings.Seed);
        for (var wave = 0; wave < settings.Waves; wave++)
        {
            var sittings = plan.Theory.Where(s => s.Wave == wave).ToList();
            var candidates = sittings.SelectMany(s => s.People.Select((p, seat) => new ExamDayCandidate(p, s, seat + 1, p.Number % http.Silos.Count,
                random.NextDouble() < settings.DiligentShare))).ToList();
            if (candidates.Count > 0)
            {
                await WaveAsync(report, plan, sittings, candidates, wave, random);
            }
        }

        await PhaseAsync(report, "practical", () => PracticalAsync(report, plan));
        await LateAsync(report);
        var certificates = await PhaseAsync(report, "certificates", () => CertificatesAsync(report, plan));
        await PhaseAsync(report, "verify", () => VerifyAsync(report, certificates, random));
        await PhaseAsync(report, "yardsticks", () => YardsticksAsync(report, certificates));
        return report;
    }

    // On a real day the candidates were registered and the sittings scheduled days before; here setup ran minutes ago, and
    // the grains it woke for each candidate (the candidate's own, their audit trail) stay in the server until Orleans
    // collects them, 5–10 minutes after their last call (IdleGrains; the collector may take twice the age). Left there,
    // 40,000 of them would sit through the theory sittings of 20,000, count in the memory per active attempt and be found
    // awake at the deadline. Days before, the server would also have been quiet long enough to give back setup's garbage
    // (CertEngine:Memory, a compaction 30 s into a quiet spell after work or after grains left). So the day starts once the
    // grains have left and the server has compacted after them, as it would find the server (at most 8 minutes for the
    // grains and 90 s for the compaction; not in-process, where nothing is measured).
    private async Task SettleAsync(ExamDayPlan plan)
    {
        if (probe is null)
        {
            return;
        }

        // What a running day keeps of those types: a sitting's own audit trail, and a few candidates touched late.
        var enough = plan.Theory.Count + plan.Practical.Count + (plan.Candidates.Count / 20);
        var from = _clock.Elapsed;
        var giveUp = from + TimeSpan.FromMinutes(8);
        progress.Phase("setup's grains leave the server, as registration days before would", (int)(giveUp - from).TotalSeconds);
        ServerSample? sample = null;
        double? compactions = null; // the count while grains were still there: a compaction after they left counts
        while (_clock.Elapsed < giveUp)
        {
            sample = await probe.SampleAsync();
            compactions ??= sample.QuietCompactions;
            if (sample.IdleGrains is null || sample.IdleGrains <= enough)
            {
                break;
            }

            compactions = sample.QuietCompactions;
            await Task.Delay(TimeSpan.FromSeconds(5));
            progress.Advance(5);
        }

        var left = sample?.IdleGrains;
        progress.Note(FormattableString.Invariant($"setup's grains: {(left is null ? "unknown" : left.Value.ToString("N0", CultureInfo.InvariantCulture))} still in the server after {(_clock.Elapsed - from).TotalSeconds:0} s"));
        if (compactions is null)
        {
            return;
        }

        var compactedBy = _clock.Elapsed + TimeSpan.FromSeconds(90);
        while (_clock.Elapsed < compactedBy && (await probe.SampleAsync()).QuietCompactions is { } now && now <= compactions)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var after = await probe.SampleAsync();
        progress.Note(FormattableString.Invariant($"the server compacted its heap while quiet {after.QuietCompactions - compactions:0} time(s) since; {after.ResidentBytes / 1048576.0:0} MiB resident"));
    }

    private async Task WaveAsync(ExamDayReport report, ExamDayPlan plan, List<ExamDaySitting> sittings, List<ExamDayCandidate> candidates, int wave, Random random)
    {
        var largest = candidates.Count >= report.StartCandidates;
        var name = settings.Waves > 1 ? $"wave {wave + 1}: " : "";

        // The synchronised start: every sitting of the wave starts, and every candidate signs in and loads the paper within the window.
        http.Book.Phase = "start";
        progress.Phase($"{name}synchronised start", candidates.Count);
        await ExamDaySetup.ParallelAsync(sittings, 8, async s =>
            await http.MustAsync("sessions.start", 0, HttpMethod.Post, $"/api/sessions/{s.Id}/start", plan.Staff[s.Proctor]));
        var waveStart = _clock.Elapsed;
        var offsets = candidates.Select(_ => settings.StartWindow * random.NextDouble()).ToList();
        var delivered = await Task.WhenAll(candidates.Select(async (c, i) =>
        {
            await Task.Delay(offsets[i]);
            var ok = await c.StartAsync(http, _clock, Key());
            progress.Advance();
            return ok;
        }));
        var lastPaper = (_clock.Elapsed - waveStart).TotalSeconds;
        report.PhaseSeconds[$"start{wave}"] = lastPaper;
        var starts = candidates.Where(c => c.StartMilliseconds is not null).Select(c => c.StartMilliseconds!.Value).Order().ToArray();
        if (largest)
        {
            (report.StartCandidates, report.PapersDelivered, report.StartP99, report.LastPaperSeconds) =
                (candidates.Count, delivered.Count(d => d), LatencyBook.Percentile(starts, 0.99), lastPaper);
        }

        progress.Note(FormattableString.Invariant($"{name}start: {delivered.Count(d => d)} of {candidates.Count} papers delivered, p99 {LatencyBook.Percentile(starts, 0.99):0} ms, last at {lastPaper:0.0} s"));
        var live = candidates.Where(c => c.DeadlineAt is not null).ToList();
        if (live.Count == 0)
        {
            report.Problems.Add($"{name}no paper was delivered");
            return;
        }

        progress.Note($"{name}a prepared candidate knows {live[0].Questions.Count(q => q.Right is not null)} of the {live[0].Questions.Count} questions of a paper");

        // The steady state: until shortly before the deadline (or for the simulated clock's active time).
        var deadline = live.Max(c => c.DeadlineAt!.Value);
        var sitting = TimeSpan.FromMinutes(settings.Minutes);
        var margin = TimeSpan.FromSeconds(Math.Max(20, sitting.TotalSeconds * 0.1));
        var until = jumpPastDeadline is null ? live.Min(c => c.DeadlineAt!.Value) - margin : _clock.Elapsed + (activeFor ?? TimeSpan.FromSeconds(5));
        var burstFrom = until - settings.SaveBurst - TimeSpan.FromSeconds(1);
        http.Book.Phase = "steady";
        progress.Phase($"{name}steady state", Math.Max(1, (int)(until - _clock.Elapsed).TotalSeconds));
        var (steadyFrom, steadyRequestsBefore) = (_clock.Elapsed, http.Book.Requests("steady"));
        var before = probe is null ? null : await probe.SampleAsync();
        using var stop = new CancellationTokenSource();
        using var stopWatching = new CancellationTokenSource();
        var driver = DriverWatch.WatchAsync(TimeSpan.FromMilliseconds(100), stopWatching.Token);
        var rosters = RostersAsync(plan, sittings, stop.Token);
        var ticker = TickAsync(largest ? report : null, killSilo && wave == 0 ? steadyFrom + ((burstFrom - steadyFrom) / 2) : null, stop.Token);
        var browsing = Task.WhenAll(live.Select(c => Task.Run(() => c.RunAsync(http, settings, _clock, until, new Random(c.Person.Number)))));

        if (burstFrom > _clock.Elapsed)
        {
            await Task.Delay(burstFrom - _clock.Elapsed);
        }

        var steadySeconds = (_clock.Elapsed - steadyFrom).TotalSeconds;
        await stopWatching.CancelAsync();
        var health = await driver;
        var after = probe is null ? null : await probe.SampleAsync();
        if (largest)
        {
            (report.SteadyConnected, report.SteadySeconds, report.SteadyRequests) = (live.Count, steadySeconds, http.Book.Requests("steady") - steadyRequestsBefore);
            (report.SteadyServerCpu, report.SteadyPostgresCpu) = before is not null && after is not null
                ? (after.ServerCpuSeconds - before.ServerCpuSeconds, after.PostgresCpuSeconds - before.PostgresCpuSeconds)
                : (0, 0);
            (report.SteadyGcPauseSeconds, report.SteadyGcCollections, report.SteadyGen2Collections) = before?.Gc is { } gc0 && after?.Gc is { } gc1
                ? (gc1.PauseSeconds - gc0.PauseSeconds, gc1.Collections - gc0.Collections, gc1.Gen2Collections - gc0.Gen2Collections)
                : ((double?)null, (double?)null, (double?)null);
            report.SteadyQuietCompactions = after?.QuietCompactions - before?.QuietCompactions;
            report.SteadyDriver = health;
        }

        // The book counts every wave's requests under one phase, so its seconds are every wave's too.
        report.PhaseSeconds["steady"] = report.PhaseSeconds.GetValueOrDefault("steady") + steadySeconds;

        // The capacity burst: closed-loop saves on top of the browsers, each worker owning its own candidates.
        // Its CPU is split between the server, PostgreSQL and the driver, which share the cores: the saves' limit is
        // the machine's, so the table says who spent it.
        http.Book.Phase = "burst";
        var (requestsBefore, browserSavesBefore) = (http.Book.Requests("burst"), http.Book.Answered("burst", "attempt.save"));
        var (cpuBefore, driverBefore, machineBefore) = (probe is null ? null : await probe.SampleAsync(), MachineCpu.DriverSeconds(), MachineCpu.Machine());
        var burstSaves = await BurstAsync(live, random);
        var (cpuAfter, driverAfter, machineAfter) = (probe is null ? null : await probe.SampleAsync(), MachineCpu.DriverSeconds(), MachineCpu.Machine());
        report.PhaseSeconds["burst"] = report.PhaseSeconds.GetValueOrDefault("burst") + settings.SaveBurst.TotalSeconds;
        if (burstSaves / settings.SaveBurst.TotalSeconds >= report.BurstSavesPerSecond)
        {
            report.BurstSavesPerSecond = burstSaves / settings.SaveBurst.TotalSeconds;
            report.BurstBrowserSavesPerSecond = (http.Book.Answered("burst", "attempt.save") - browserSavesBefore) / settings.SaveBurst.TotalSeconds;
            report.BurstCpu = cpuBefore is not null && cpuAfter is not null && machineBefore is { } m0 && machineAfter is { } m1
                ? new BurstCpu(cpuAfter.ServerCpuSeconds - cpuBefore.ServerCpuSeconds, cpuAfter.PostgresCpuSeconds - cpuBefore.PostgresCpuSeconds,
                    driverAfter - driverBefore, m1.Busy - m0.Busy, m1.All - m0.All, http.Book.Requests("burst") - requestsBefore, settings.SaveBurst.TotalSeconds)
                : null;
        }

        http.Book.Phase = "wind-down";
        await browsing;
        await stop.CancelAsync();
        await rosters;
        await ticker;

        // Every acknowledged answer read back before the deadline; sittings long enough let half the candidates hand in.
        progress.Phase($"{name}read-back", live.Count);
        http.Book.Phase = "read-back";
        var missing = await ExamDaySetup.ParallelAsync(live, 8, async c =>
        {
            var lost = await c.ReadBackAsync(http);
            progress.Advance();
            return lost;
        });
        report.AcknowledgedAnswers += live.Sum(c => c.Acknowledged.Count);
        report.MissingAnswers += missing.Sum();
        progress.Note($"{name}read-back: {live.Sum(c => c.Acknowledged.Count)} acknowledged answers, {missing.Sum()} missing or different");
        var handers = settings.Minutes > 30 ? live.Where(c => c.Person.Number % 2 == 0).ToList() : [];
        await ExamDaySetup.ParallelAsync(handers, 8, async c => { await c.HandInAsync(http); return 0; });

        await DeadlineAsync(report, live, deadline, name, largest);
    }

    private async Task DeadlineAsync(ExamDayReport report, List<ExamDayCandidate> live, TimeSpan deadline, string name, bool largest)
    {
        http.Book.Phase = "deadline";
        progress.Phase($"{name}deadline", live.Count);
        if (jumpPastDeadline is not null)
        {
            await jumpPastDeadline();
            deadline = _clock.Elapsed;
        }
        else if (deadline > _clock.Elapsed)
        {
            await Task.Delay(deadline - _clock.Elapsed);
        }

        var waiting = new HashSet<ExamDayCandidate>(live);
        var mismatches = 0;
        var giveUp = deadline + TimeSpan.FromSeconds(180);
        while (waiting.Count > 0 && _clock.Elapsed < giveUp)
        {
            var seen = await ExamDaySetup.ParallelAsync(waiting.ToList(), 8, async c => (c, await c.HandedInAsync(http)));
            foreach (var (c, (submitted, answered)) in seen.Where(s => s.Item2.Submitted))
            {
                waiting.Remove(c);
                progress.Advance();
                mismatches += answered != c.Acknowledged.Count ? 1 : 0;
            }

            if (waiting.Count > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        var seconds = (_clock.Elapsed - deadline).TotalSeconds;
        report.DeadlineCountMismatches += mismatches;
        if (largest)
        {
            (report.DeadlineAttempts, report.DeadlineSubmitted, report.DeadlineSeconds) = (live.Count, live.Count - waiting.Count, seconds);
        }

        // Not seen within the watch is late, not yet lost: the hand-in's backstop (the attempt's deadline reminder) delivers
        // what the deadline's rush left, and the day's end says whether it did.
        _late.AddRange(waiting);
        progress.Note(FormattableString.Invariant($"{name}deadline: {live.Count - waiting.Count} of {live.Count} submitted within {seconds:0.0} s; {mismatches} with another answer count than acknowledged"));
    }

    // The attempts a deadline's watch gave up on, once more at the day's end: handed in with the answers acknowledged, or lost.
    private async Task LateAsync(ExamDayReport report)
    {
        if (_late.Count == 0)
        {
            return;
        }

        progress.Phase("attempts late at their deadline", _late.Count);
        var seen = await ExamDaySetup.ParallelAsync(_late, 8, async c =>
        {
            var handedIn = await c.HandedInAsync(http);
            progress.Advance();
            return (c, handedIn);
        });
        var submitted = seen.Where(s => s.handedIn.Submitted).ToList();
        report.DeadlineLate += submitted.Count;
        report.DeadlineNeverSubmitted += seen.Count - submitted.Count;
        report.DeadlineCountMismatches += submitted.Count(s => s.handedIn.Answered != s.c.Acknowledged.Count);
        if (seen.Count > submitted.Count)
        {
            report.Problems.Add($"{seen.Count - submitted.Count} attempts never submitted after their deadline");
        }

        progress.Note($"attempts late at their deadline: {submitted.Count} of {seen.Count} handed in since");
    }

    // Each sitting's proctor polls its roster as the console page does, until the wave's steady state ends.
    private async Task RostersAsync(ExamDayPlan plan, List<ExamDaySitting> sittings, CancellationToken stop)
    {
        try
        {
            await Task.WhenAll(sittings.Select(async (s, i) =>
            {
                await Task.Delay(settings.PollEvery * (i % 10 / 10.0), stop);
                while (!stop.IsCancellationRequested)
                {
                    await http.SendAsync("sessions.roster", i, HttpMethod.Get, $"/api/sessions/{s.Id}/roster", plan.Staff[s.Proctor]);
                    await Task.Delay(settings.PollEvery, stop);
                }
            }));
        }
        catch (OperationCanceledException)
        {
        }
    }

    // A second-by-second tick: progress, the server's memory at its most, and the silo stopped mid-day when asked.
    private async Task TickAsync(ExamDayReport? report, TimeSpan? killAt, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                progress.Advance();
                if (report is not null && probe is not null)
                {
                    var sample = await probe.SampleAsync(stop);
                    report.PeakBytes = Math.Max(report.PeakBytes, sample.ResidentBytes);
                    report.PeakActiveAttempts = Math.Max(report.PeakActiveAttempts, sample.ActiveAttempts ?? 0);
                }

                if (killAt is { } at && _clock.Elapsed >= at && probe is not null)
                {
                    killAt = null;
                    if (probe.KillOneSilo() && report is not null)
                    {
                        report.SilosKilled++;
                        progress.Note("one silo stopped (kill -9) mid-day");
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<long> BurstAsync(List<ExamDayCandidate> live, Random random)
    {
        var saves = 0L;
        var end = _clock.Elapsed + settings.SaveBurst;
        var workers = Math.Min(settings.Workers, live.Count);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = live.Where((_, i) => i % workers == w).ToList();
            var own = new Random(random.Next() + w);
            for (var turn = 0; _clock.Elapsed < end; turn++)
            {
                if (await mine[turn % mine.Count].BurstSaveAsync(http, own))
                {
                    Interlocked.Increment(ref saves);
                }
            }
        })));
        return saves;
    }

    // The practical sittings: their candidates checked in at the door, then the assessors: each reads their assignments and signs a sheet for every candidate's every task.
    private async Task PracticalAsync(ExamDayReport report, ExamDayPlan plan)
    {
        await ExamDaySetup.CheckInAsync(http, progress, "practical check-in", plan.Practical, plan.Staff);
        progress.Phase("practical scoring", plan.Practical.Sum(p => p.People.Count * p.Assessors.Count));
        var rubrics = new ConcurrentDictionary<string, JsonElement>(StringComparer.Ordinal);
        var refused = 0;
        var byAssessor = plan.Practical.SelectMany(p => p.Assessors.Select(a => (Assessor: a, Sitting: p))).GroupBy(x => x.Assessor).ToList();
        await ExamDaySetup.ParallelAsync(byAssessor, 8, async group =>
        {
            var cookie = plan.Staff[group.Key];
            var assignments = (await http.MustAsync("practical.assignments", 0, HttpMethod.Get, "/api/practical/assignments", cookie)).Json;
            var mine = group.Select(x => x.Sitting.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var sitting in assignments.EnumerateArray().Where(a => mine.Contains(a.GetProperty("sessionId").GetString()!)))
            {
                var id = sitting.GetProperty("sessionId").GetString()!;
                foreach (var candidate in sitting.GetProperty("candidates").EnumerateArray())
                {
                    var ticket = candidate.GetProperty("ticket").GetString()!;
                    foreach (var task in candidate.GetProperty("tasks").EnumerateArray())
                    {
                        var taskId = task.GetProperty("taskId").GetString()!;
                        var path = $"/api/practical/{id}/{ticket}/tasks/{Uri.EscapeDataString(taskId)}";
                        if (!rubrics.TryGetValue(taskId, out var rubric))
                        {
                            rubric = rubrics[taskId] = (await http.MustAsync("practical.task", 0, HttpMethod.Get, path, cookie)).Json.GetProperty("rubric").Clone();
                        }

                        var awarded = rubric.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => Math.Round(r.GetProperty("points").GetDecimal() * 0.85m * 2, MidpointRounding.ToZero) / 2);
                        var body = new { awarded, vetoes = Array.Empty<int>(), remark = (string?)null };
                        var sheet = await http.SendAsync("practical.sheet", 0, HttpMethod.Post, path + "/sheet", cookie, body);
                        // A 503 (a silo of the cluster not reachable yet) says to retry in a few seconds: the assessor signs again,
                        // as the page asks. A 409 on a retry is the first signature having landed after all; the results read
                        // back at the end tell whether every sheet did.
                        var retried = false;
                        for (var retry = 1; retry <= 5 && sheet.Status is 0 or HttpStatusCode.ServiceUnavailable; retry++)
                        {
                            await Task.Delay(TimeSpan.FromSeconds(3));
                            sheet = await http.SendAsync("practical.sheet.retry", 0, HttpMethod.Post, path + "/sheet", cookie, body,
                                expected: s => (int)s is >= 200 and < 300 || s == HttpStatusCode.Conflict);
                            retried = true;
                        }

                        var landed = sheet.Ok || (retried && sheet.Status == HttpStatusCode.Conflict);
                        if (!landed && refused++ == 0)
                        {
                            report.Problems.Add($"a practical sheet was refused: {(int)sheet.Status} {sheet.Text[..Math.Min(400, sheet.Text.Length)]}");
                        }
                    }

                    progress.Advance();
                }
            }

            return 0;
        });

        // Every result recorded: each sitting's results table counts a score for each candidate. A result reaches the
        // record store a moment after its attempt is scored, so the tables are read again for a while until complete.
        var giveUp = _clock.Elapsed + TimeSpan.FromSeconds(60);
        do
        {
            var scored = await ExamDaySetup.ParallelAsync(plan.Theory.Concat(plan.Practical).ToList(), 4, async s =>
            {
                var table = (await http.MustAsync("results.sitting", 0, HttpMethod.Get, $"/api/results/sittings/{s.Id}", plan.Admin)).Json;
                return (s.Component, Count: table.GetProperty("lines").EnumerateArray().Count(l => l.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number));
            });
            report.TheoryResults = scored.Where(s => s.Component == "theory").Sum(s => s.Count);
            report.PracticalResults = scored.Where(s => s.Component == "practical").Sum(s => s.Count);
            if (report.TheoryResults >= plan.Candidates.Count && report.PracticalResults >= plan.Candidates.Count)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        while (_clock.Elapsed < giveUp);
        progress.Note($"results recorded: theory {report.TheoryResults}, practical {report.PracticalResults} of {plan.Candidates.Count} each");
        if (report.TheoryResults < plan.Candidates.Count || report.PracticalResults < plan.Candidates.Count)
        {
            report.Problems.Add($"results missing: {plan.Candidates.Count - report.TheoryResults} theory and {plan.Candidates.Count - report.PracticalResults} practical of {plan.Candidates.Count} candidates (recorded: theory {report.TheoryResults}, practical {report.PracticalResults})");
        }
    }

    // 发证 for everyone, 50 to a request as the issue page sends them; those who passed get their certificate.
    private async Task<List<(string Number, string Token)>> CertificatesAsync(ExamDayReport report, ExamDayPlan plan)
    {
        progress.Phase("certificates", plan.Candidates.Count);
        var issued = new ConcurrentBag<string>();
        var notReady = 0;
        await ExamDaySetup.ParallelAsync(plan.Candidates.Chunk(50).ToList(), 2, async batch =>
        {
            var lines = (await http.MustAsync("certificates.issue-batch", 0, HttpMethod.Post, "/api/certificates/issue-batch", plan.Admin,
                new { track = settings.Track, idNumbers = batch.Select(p => p.IdNumber).ToArray() })).Json;
            foreach (var line in lines.EnumerateArray())
            {
                var outcome = line.GetProperty("outcome").GetString();
                if (outcome is "issued" or "already-issued")
                {
                    issued.Add(line.GetProperty("idNumber").GetString()!);
                }
                else if (Interlocked.Increment(ref notReady) == 1)
                {
                    progress.Note($"not issued, e.g.: {line.GetProperty("words").GetString()}");
                }
            }

            progress.Advance(batch.Length);
            return 0;
        });
        report.CertificatesIssued = issued.Count;
        report.CertificatesNotReady = notReady;

        // The verify link of each certificate, from the holder's credit record (家政信用档案) as a platform reads it.
        var links = await ExamDaySetup.ParallelAsync(issued.ToList(), 8, async idNumber =>
        {
            var record = (await http.MustAsync("credit-record", 0, HttpMethod.Get, $"/api/candidates/{idNumber}/credit-record", plan.Admin)).Json;
            var url = record.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("verifyUrl").GetString()).FirstOrDefault(u => !string.IsNullOrEmpty(u)) ?? "";
            var at = url.IndexOf("?t=", StringComparison.Ordinal);
            var number = at < 0 ? "" : url[(url.LastIndexOf('/', at) + 1)..at];
            return (Number: number, Token: at < 0 ? "" : Uri.UnescapeDataString(url[(at + 3)..]));
        });
        progress.Note($"certificates: {issued.Count} issued, {notReady} not ready (theory or practical not passed)");
        return links;
    }

    private async Task VerifyAsync(ExamDayReport report, List<(string Number, string Token)> certificates, Random random)
    {
        progress.Phase("verification", certificates.Count);
        var jwks = await http.MustAsync("jwks", 0, HttpMethod.Get, "/.well-known/jwks.json", null);
        var keys = JsonSerializer.Deserialize<KeySet>(jwks.Text)!.Keys.ToDictionary(k => k.Kid, k => k.ToPublicKey(), StringComparer.Ordinal);
        var failures = 0;
        foreach (var (number, token) in certificates)
        {
            if (CertificateTokenVerifier.Verify(token, keys) is TokenVerification.Valid valid && valid.Signed.Number == number)
            {
                report.VerifiedOffline++;
            }
            else
            {
                failures++;
            }

            progress.Advance();
        }

        foreach (var key in keys.Values)
        {
            key.Dispose();
        }

        var sample = certificates.OrderBy(_ => random.Next()).Take(settings.OnlineVerifySample).ToList();
        var online = await ExamDaySetup.ParallelAsync(sample, 4, async c =>
        {
            var reply = await http.SendAsync("certificates.verify", 0, HttpMethod.Get, $"/api/certificates/{c.Number}/verify?t={Uri.EscapeDataString(c.Token)}", null);
            return reply.Ok && reply.Json.GetProperty("status").GetString() == "valid";
        });
        report.VerifiedOnline = online.Count(v => v);
        report.VerifyFailures = failures + online.Count(v => !v);
        progress.Note($"verification: {report.VerifiedOffline} of {certificates.Count} offline against the JWKS, {report.VerifiedOnline} of {sample.Count} online");
    }

    // The yardsticks, one after the other with the same client and workers: the verify endpoint and the bare endpoint.
    private async Task YardsticksAsync(ExamDayReport report, List<(string Number, string Token)> certificates)
    {
        if (settings.YardstickFor <= TimeSpan.Zero)
        {
            return;
        }

        progress.Phase("yardsticks: verify, bare endpoint", 2);
        if (certificates.Count > 0)
        {
            var paths = certificates.Take(100).Select(c => $"/api/certificates/{c.Number}/verify?t={Uri.EscapeDataString(c.Token)}").ToList();
            report.VerifyPerSecond = await ClosedLoopAsync(http.Silos[0], paths, "yardstick.verify");
        }

        progress.Advance();
        if (bareUrl is not null)
        {
            using var bare = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(bareUrl) };
            report.BarePerSecond = await ClosedLoopAsync(bare, ["/"], "yardstick.bare");
        }

        progress.Advance();
        progress.Note(FormattableString.Invariant($"yardsticks: verify {report.VerifyPerSecond:0}/s, bare {report.BarePerSecond:0}/s"));
    }

    private async Task<double> ClosedLoopAsync(HttpClient client, IReadOnlyList<string> paths, string endpoint)
    {
        var measured = new ExamDayHttp([client], http.Book);
        http.Book.Phase = "yardsticks";
        var warm = _clock.Elapsed + TimeSpan.FromSeconds(2);
        var count = 0L;
        var start = TimeSpan.Zero;
        var end = TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, settings.Workers).Select(w => Task.Run(async () =>
        {
            for (var i = w; _clock.Elapsed < warm; i++)
            {
                await measured.SendAsync(endpoint + ".warm-up", 0, HttpMethod.Get, paths[i % paths.Count], null);
            }
        })));
        start = _clock.Elapsed;
        end = start + settings.YardstickFor;
        await Task.WhenAll(Enumerable.Range(0, settings.Workers).Select(w => Task.Run(async () =>
        {
            for (var i = w; _clock.Elapsed < end; i++)
            {
                if ((await measured.SendAsync(endpoint, 0, HttpMethod.Get, paths[i % paths.Count], null)).Ok)
                {
                    Interlocked.Increment(ref count);
                }
            }
        })));
        return count / (_clock.Elapsed - start).TotalSeconds;
    }

    private AnswerKey Key() => _key ??= AnswerKey.Read(settings.BankRoot, settings.Track.Split('/')[0], settings.BankVersion);

    private AnswerKey? _key;

    private async Task<T> PhaseAsync<T>(ExamDayReport report, string name, Func<Task<T>> phase)
    {
        http.Book.Phase = name;
        var watch = Stopwatch.StartNew();
        var result = await phase();
        report.PhaseSeconds[name] = watch.Elapsed.TotalSeconds;
        return result;
    }

    private async Task PhaseAsync(ExamDayReport report, string name, Func<Task> phase) =>
        await PhaseAsync(report, name, async () => { await phase(); return 0; });

    private sealed record KeySet([property: System.Text.Json.Serialization.JsonPropertyName("keys")] List<Jwk> Keys);
}
