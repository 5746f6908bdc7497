using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Sessions;
using CertEngine.Grains.Audit;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// One sitting. It schedules, opens check-in (assembling every paper before the start), starts, pauses, resumes and
/// closes, fanning each step out to the roster's attempts in parallel; answers never pass through it.
/// </summary>
public sealed class ExamSessionGrain(
    [PersistentState("session", StorageNames.Exams)] IPersistentState<SessionState> state,
    ISeedSource seeds,
    TimeProvider clock) : Grain, IExamSessionGrain
{
    private SessionState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    private string Subject => "session/" + Id;

    /// <inheritdoc />
    public async Task<CommandReply> ScheduleAsync(SessionPlan plan, string actor)
    {
        if (S.Plan is not null && S.Status != SessionStatus.Scheduled)
        {
            return CommandReply.Refuse("场次已开始签到，不能再修改安排 (the sitting is past scheduling)");
        }

        var track = GrainFactory.GetGrain<ICertificationTrackGrain>(plan.TrackKey);
        if (await track.GetAsync() is not { } summary)
        {
            return CommandReply.Refuse($"认定方案 {plan.TrackKey} 尚未开通 (track not opened)");
        }

        if (summary.Components.FirstOrDefault(c => c.Component == plan.Component) is not { } component)
        {
            return CommandReply.Refuse($"认定方案 {plan.TrackKey} 不含 {plan.Component} (the track has no such component)");
        }

        if (Refusal(plan, component) is { } problem)
        {
            return CommandReply.Refuse(problem);
        }

        foreach (var seat in plan.Roster)
        {
            var canSit = await track.CanSitAsync(seat.IdNumber, plan.Component);
            if (!canSit.Accepted)
            {
                return CommandReply.Refuse($"考位 {seat.Seat}: {canSit.Refusal}");
            }
        }

        await FanOutAsync(plan.Roster, async seat =>
        {
            await GrainFactory.GetGrain<IAdmissionTicketGrain>(seat.Ticket).BindAsync(new AdmissionTicket(seat.Ticket, Id, seat.IdNumber, seat.Seat));
            return true;
        });
        S.Plan = plan;
        S.Status = SessionStatus.Scheduled;
        S.BankVersion = summary.BankVersion;
        S.Seed = seeds.NextSeed();
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.scheduled", "",
            $"{plan.TrackKey} {plan.Component} {plan.Centre}/{plan.Room} {plan.StartsAt:O} {plan.Minutes} min, {plan.Roster.Count} candidates");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> OpenCheckInAsync(string actor)
    {
        if (Transition(SessionAction.OpenCheckIn) is { } refusal)
        {
            return refusal;
        }

        var plan = S.Plan!;
        var replies = await FanOutAsync(plan.Roster, seat => plan.Component == ExamComponent.Theory
            ? GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat))
            : GrainFactory.GetGrain<IPracticalAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat)));
        if (replies.FirstOrDefault(r => !r.Accepted) is { } failed)
        {
            return CommandReply.Refuse("组卷失败，未开放签到 (papers could not be assembled): " + failed.Refusal);
        }

        S.Status = SessionStatus.CheckIn;
        S.AccessCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.check-in-opened", "", $"{replies.Count} papers assembled");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> CheckInAsync(string idNumber, string proctor, bool identityConfirmed)
    {
        if (S.Plan?.Roster.FirstOrDefault(r => r.IdNumber == idNumber) is not { } seat)
        {
            return CommandReply.Refuse("该考生不在本场次名单中 (not on this sitting's roster)");
        }

        var now = clock.GetUtcNow();
        var lateRefusal = S.Status switch
        {
            SessionStatus.CheckIn => null,
            SessionStatus.Running or SessionStatus.Paused when S.Plan.Component != ExamComponent.Theory => null,
            SessionStatus.Running or SessionStatus.Paused when now - S.StartedAt!.Value < SessionTiming.Default.LateEntryLimit => null,
            SessionStatus.Running or SessionStatus.Paused => $"开考已超过 {SessionTiming.Default.LateEntryLimit.TotalMinutes:0} 分钟，不得入场 (entry closed)",
            _ => "场次未开放签到 (check-in is not open)",
        };
        if (lateRefusal is not null)
        {
            return CommandReply.Refuse(lateRefusal);
        }

        if (!identityConfirmed)
        {
            await GrainFactory.AuditAsync(clock, Subject, proctor, "session.identity-mismatch", "人证不符", $"seat {seat.Seat}");
            return CommandReply.Refuse("人证不符，不能入场 (identity not confirmed)");
        }

        if (S.Plan.Component == ExamComponent.Theory)
        {
            var attempt = GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(idNumber));
            var reply = await attempt.CheckInAsync(proctor, identityConfirmed);
            if (!reply.Accepted)
            {
                return reply;
            }

            if (S.StartedAt is { } started)
            {
                await attempt.StartAsync(started);
                if (S.PausedSince is { } since)
                {
                    await attempt.PauseAsync(since);
                }
            }
        }

        if (!S.CheckedIn.Contains(idNumber))
        {
            S.CheckedIn.Add(idNumber);
            await state.WriteStateAsync();
        }

        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> StartAsync(string actor)
    {
        if (Transition(SessionAction.Start) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        S.Status = SessionStatus.Running;
        S.StartedAt = now;
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.StartAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.started", "", $"{S.CheckedIn.Count} checked in");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> PauseAsync(string actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandReply.Refuse("暂停须注明原因 (a pause needs a reason)");
        }

        if (Transition(SessionAction.Pause) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        S.Status = SessionStatus.Paused;
        S.PausedSince = now;
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.PauseAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.paused", reason);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ResumeAsync(string actor, string reason)
    {
        if (Transition(SessionAction.Resume) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var paused = now - S.PausedSince!.Value;
        S.Status = SessionStatus.Running;
        S.PausedSince = null;
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.ResumeAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.resumed", reason, $"paused {paused.TotalMinutes:0.##} min");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ExtendAsync(string idNumber, int minutes, string actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandReply.Refuse("延时须注明原因 (extra time needs a reason)");
        }

        if (S.Plan is not { Component: ExamComponent.Theory } plan || plan.Roster.FirstOrDefault(r => r.IdNumber == idNumber) is not { } seat)
        {
            return CommandReply.Refuse("该考生不在本场理论考试名单中 (not on this theory sitting's roster)");
        }

        if (S.Status is SessionStatus.Scheduled or SessionStatus.Closed)
        {
            return CommandReply.Refuse("场次未在进行中 (the sitting is not under way)");
        }

        var reply = await GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(idNumber)).ExtendAsync(minutes);
        if (reply.Accepted)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.extended", reason, $"seat {seat.Seat}: +{minutes} min");
        }

        return reply;
    }

    /// <inheritdoc />
    public async Task<CommandReply> CloseAsync(string actor, string reason)
    {
        if (Transition(SessionAction.Close) is { } refusal)
        {
            return refusal;
        }

        S.Status = SessionStatus.Closed;
        S.PausedSince = null;
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(async a => await a.ForceSubmitAsync(actor));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.closed", reason,
            $"{S.CheckedIn.Count} of {S.Plan!.Roster.Count} sat; absent: {S.Plan.Roster.Count - S.CheckedIn.Count}");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<SessionSnapshot?> GetAsync() => Task.FromResult(S.Plan is { } plan
        ? new SessionSnapshot(Id, plan, S.Status, S.StartedAt, S.CheckedIn.ToList(), S.BankVersion, S.Seed, S.AccessCode)
        : null);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RosterLine>> GetRosterAsync()
    {
        if (S.Plan is not { } plan)
        {
            return [];
        }

        var checkedIn = S.CheckedIn.ToHashSet(StringComparer.Ordinal);
        return await FanOutAsync(plan.Roster.OrderBy(r => r.Seat), async seat =>
        {
            var candidate = GrainFactory.GetGrain<ICandidateGrain>(seat.IdNumber).GetAsync();
            AttemptProgress? progress = plan.Component == ExamComponent.Theory
                ? await GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).GetProgressAsync()
                : null;
            return new RosterLine(seat.Seat, seat.Ticket, seat.IdNumber, (await candidate)?.Profile.Name ?? "", checkedIn.Contains(seat.IdNumber), progress);
        });
    }

    /// <inheritdoc />
    public async Task<RegradeReport> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        if (S.Plan is not { Component: ExamComponent.Theory } plan)
        {
            return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, [], [], "只有理论考试可以重评 (only theory sittings are regraded)");
        }

        if (correctedBankVersion <= S.BankVersion)
        {
            return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, [], [], "勘误版本必须晚于本场使用的版本 (the corrected version must be newer)");
        }

        if (!dryRun && string.IsNullOrWhiteSpace(reason))
        {
            return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, [], [], "重评须注明原因 (a regrade needs a reason)");
        }

        var lines = await FanOutAsync(plan.Roster, seat => GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).RegradeAsync(correctedBankVersion, dryRun, actor, reason));
        var changes = lines.OfType<RegradeLine>().OrderBy(l => l.Seat).ToList();
        var corrected = changes.SelectMany(c => c.ChangedItems).Distinct().Order(StringComparer.Ordinal).ToList();
        await GrainFactory.AuditAsync(clock, Subject, actor, dryRun ? "session.regrade-dry-run" : "session.regraded", reason,
            $"bank v{S.BankVersion} → v{correctedBankVersion}: {changes.Count} scores change");
        return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, corrected, changes, null);
    }

    private static string? Refusal(SessionPlan plan, TrackComponentInfo component)
    {
        if (plan.Minutes < component.Minutes)
        {
            return $"考试时长 {plan.Minutes} 分钟短于标准规定的 {component.Minutes} 分钟 (shorter than the standard's minimum)";
        }

        if (plan.Roster.Count == 0)
        {
            return "考生名单为空 (the roster is empty)";
        }

        if (plan.Roster.Select(r => r.IdNumber).Distinct().Count() != plan.Roster.Count || plan.Roster.Select(r => r.Seat).Distinct().Count() != plan.Roster.Count)
        {
            return "名单中考生或考位重复 (a candidate or seat appears twice)";
        }

        if (plan.Component == ExamComponent.Theory)
        {
            // RULES.md §4: 监考人员 ≥ max(2, ⌈candidates / 15⌉) per 考场.
            var needed = Math.Max(2, (plan.Roster.Count + 14) / 15);
            return plan.Proctors.Distinct().Count() < needed ? $"监考人员不足：{plan.Roster.Count} 名考生至少需要 {needed} 名 (not enough proctors)" : null;
        }

        if (plan.Assessors.Distinct().Count() < component.Assessors)
        {
            return $"考评人员不足：每项至少 {component.Assessors} 名考评员独立评分 (not enough assessors)";
        }

        return string.IsNullOrWhiteSpace(plan.ChiefAssessor) || !plan.Assessors.Contains(plan.ChiefAssessor)
            ? "须指定考评组长，且考评组长须在考评员名单中 (a chief assessor from the panel is required)"
            : null;
    }

    private CommandReply? Transition(SessionAction action)
    {
        if (S.Plan is null)
        {
            return CommandReply.Refuse("场次尚未安排 (the sitting is not scheduled)");
        }

        var from = (SessionPhase)(int)S.Status;
        return SessionTransitions.Next(from, action) is null ? CommandReply.Refuse(SessionTransitions.Refusal(from, action)) : null;
    }

    private AttemptSetup Setup(SeatAssignment seat)
    {
        var plan = S.Plan!;
        return new AttemptSetup(Id, seat.IdNumber, plan.TrackKey, plan.Component, S.BankVersion, S.Seed, seat.Seat, seat.Ticket, plan.Minutes, plan.Assessors, plan.ChiefAssessor);
    }

    private string AttemptKey(string idNumber) => $"{Id}/{idNumber}";

    private Task ForCheckedInTheoryAsync(Func<IAttemptGrain, Task> action) =>
        S.Plan!.Component == ExamComponent.Theory
            ? FanOutAsync(S.CheckedIn, async id => { await action(GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(id))); return true; })
            : Task.CompletedTask;

    // Bounded fan-out: a sitting of thousands must not flood the silo with one burst of calls.
    private static async Task<List<T>> FanOutAsync<TSource, T>(IEnumerable<TSource> sources, Func<TSource, Task<T>> call)
    {
        var results = new List<T>();
        foreach (var batch in sources.Chunk(200))
        {
            results.AddRange(await Task.WhenAll(batch.Select(call)));
        }

        return results;
    }
}
