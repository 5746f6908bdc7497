using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Contracts;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// One sitting. It schedules, opens check-in (assembling every paper before the start), starts, pauses, resumes and
/// closes, fanning each step out to the roster's attempts in parallel; answers never pass through it.
/// </summary>
public sealed class ExamSessionGrain(
    [PersistentState("session", StorageNames.Exams)] IPersistentState<SessionState> state,
    ISeedSource seeds,
    ExamLibrary library,
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

        var rules = await TrackAsync(plan.TrackKey, summary.BankVersion, summary.RulesVersion);
        if ((Refusal(plan, component) ?? StaffRefusal(plan, component, rules)) is { } problem)
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
        var before = S.Plan;
        S.Plan = plan;
        S.Status = SessionStatus.Scheduled;
        S.BankVersion = summary.BankVersion;
        S.RulesVersion = summary.RulesVersion;
        var seed = await ChooseSeedAsync(plan, summary.BankVersion);
        S.Seed = seed.Seed;
        await state.WriteStateAsync();
        await ListAsync(before, plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.scheduled", "",
            $"{plan.TrackKey} {plan.Component} {plan.Centre}/{plan.Room} {plan.StartsAt:O} {plan.Minutes} min, {plan.Roster.Count} candidates; {seed.Exposure}");
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
        var groups = ScoringGroups(plan, await TrackAsync(plan.TrackKey, S.BankVersion, S.RulesVersion));
        var replies = await FanOutAsync(plan.Roster, seat => plan.Component == ExamComponent.Theory
            ? GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat, []))
            : GrainFactory.GetGrain<IPracticalAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat, groups[seat.IdNumber])));
        if (replies.FirstOrDefault(r => !r.Accepted) is { } failed)
        {
            return failed with { Refusal = Joined("组卷失败，未开放签到 (papers could not be assembled)", failed.Refusal) };
        }

        S.Status = SessionStatus.CheckIn;
        S.AccessCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.check-in-opened", "", $"{replies.Count} papers assembled");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ChangeStaffAsync(IReadOnlyList<string> proctors, IReadOnlyList<string> assessors, string? chiefAssessor, string actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandReply.Refuse("调整考务人员须注明原因 (a staff change needs a reason)");
        }

        if (S.Plan is not { } plan || S.Status is not (SessionStatus.Scheduled or SessionStatus.CheckIn))
        {
            return CommandReply.Refuse("只能在开考前调整考务人员 (staff can change only before the start)");
        }

        var changed = plan with { Proctors = proctors.ToList(), Assessors = assessors.ToList(), ChiefAssessor = chiefAssessor };
        if (S.Status == SessionStatus.CheckIn && changed.Component != ExamComponent.Theory)
        {
            // The tasks are drawn and each candidate already has a 考评小组: give every candidate the group the new room yields.
            var groups = ScoringGroups(changed, await TrackAsync(changed.TrackKey, S.BankVersion, S.RulesVersion));
            var replies = await FanOutAsync(changed.Roster, seat =>
                GrainFactory.GetGrain<IPracticalAttemptGrain>(AttemptKey(seat.IdNumber)).ReassignAsync(groups[seat.IdNumber], chiefAssessor));
            if (replies.FirstOrDefault(r => !r.Accepted) is { } failed)
            {
                return failed with { Refusal = Joined("考评小组未能全部更换 (the assessor groups could not all change)", failed.Refusal) };
            }
        }

        S.Plan = changed;
        await state.WriteStateAsync();
        await ListAsync(plan, S.Plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.staff-changed", reason,
            $"proctors {string.Join(",", proctors)}; assessors {string.Join(",", assessors)}; chief {chiefAssessor ?? "--"}");
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

        // RULES.md §4: staffing is checked again at the start; a proctor may have left, or the panel changed, since scheduling.
        var plan = S.Plan!;
        var summary = await GrainFactory.GetGrain<ICertificationTrackGrain>(plan.TrackKey).GetAsync();
        var component = summary?.Components.FirstOrDefault(c => c.Component == plan.Component);
        var staffing = component is null ? $"认定方案 {plan.TrackKey} 不含 {plan.Component} (the track has no such component)" : StaffRefusal(plan, component, await TrackAsync(plan.TrackKey, S.BankVersion, S.RulesVersion));
        if (staffing is not null)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.start-refused", staffing);
            return CommandReply.Refuse("不能开考 (the sitting cannot start): " + staffing);
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

        var reply = await GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(idNumber)).ExtendAsync(minutes, (await TrackAsync(plan.TrackKey, S.BankVersion, S.RulesVersion))?.ExtraTime.CeilingMinutes ?? ExtraTimeRule.Default.CeilingMinutes);
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

    // A theory sitting's seed is screened so its papers meet the exposure target (SeedScreen); a practical one draws tasks.
    private async Task<(ulong Seed, string Exposure)> ChooseSeedAsync(SessionPlan plan, int bankVersion)
    {
        if (plan.Component != ExamComponent.Theory || !TrackKey.TryParse(plan.TrackKey, out var key)
            || await library.PlanAsync(key.OccupationCode, bankVersion, key.Level, key.WorkType) is not PaperPlanResult.Ready { Plan: var paperPlan })
        {
            return (seeds.NextSeed(), "seed unscreened");
        }

        var choice = SeedScreen.Choose(paperPlan, seeds.NextSeed, ExposureTarget.Default);
        return (choice.Seed, FormattableString.Invariant(
            $"exposure max/mean {choice.Statistics.WorstMaxOverMean:0.000} over {choice.Statistics.Papers} papers, neighbour overlap {choice.Statistics.MaxNeighbourOverlap}, seed {choice.Tries} of {ExposureTarget.Default.Tries}{(choice.MeetsTarget ? "" : " (best, target missed)")}"));
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

        return null;
    }

    // The track's data under a bank and rules version (the versions this sitting runs under), or null.
    private async Task<Track?> TrackAsync(string trackKey, int bankVersion, int rulesVersion) =>
        TrackKey.TryParse(trackKey, out var key) && await library.CreateTrackAsync(key, bankVersion, rulesVersion) is TrackOutcome.Created { Track: var track }
            ? track
            : null;

    /// <summary>The staffing rule of the track's data (the code default without it) that the plan fails (RULES.md §4), or null.</summary>
    private static string? StaffRefusal(SessionPlan plan, TrackComponentInfo component, Track? track)
    {
        var rule = track?.Staffing ?? StaffingRule.Default;
        var kind = plan.Component switch
        {
            ExamComponent.Theory => ComponentKind.Theory,
            ExamComponent.Practical => ComponentKind.Practical,
            _ => ComponentKind.Review,
        };
        return rule.Check(kind, plan.Roster.Count, plan.Proctors, plan.Assessors, plan.ChiefAssessor, component.Assessors);
    }

    // The consoles' lists: every sitting, and each named staff member's. Written after the sitting itself, so a sitting is
    // never listed without existing; one whose listing failed is listed again when it is rescheduled or its staff change.
    private async Task ListAsync(SessionPlan? before, SessionPlan after)
    {
        var listing = new SittingListing(Id, after.TrackKey, after.Component, after.Centre, after.Room, after.StartsAt);
        var named = StaffOf(after).ToList();
        List<string> dropped = before is null ? [] : StaffOf(before).Except(named).ToList();
        await Task.WhenAll(named.Prepend(ISittingIndexGrain.All).Select(key => GrainFactory.GetGrain<ISittingIndexGrain>(key).AddAsync(listing))
            .Concat(dropped.Select(key => GrainFactory.GetGrain<ISittingIndexGrain>(key).RemoveAsync(Id))));
    }

    private static IEnumerable<string> StaffOf(SessionPlan plan) =>
        plan.Proctors.Concat(plan.Assessors).Append(plan.ChiefAssessor ?? "")
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(StaffAccountKey.Of).Distinct(StringComparer.Ordinal);

    private CommandReply? Transition(SessionAction action)
    {
        if (S.Plan is null)
        {
            return CommandReply.Refuse("场次尚未安排 (the sitting is not scheduled)");
        }

        var from = (SessionPhase)(int)S.Status;
        return SessionTransitions.Next(from, action) is null ? CommandReply.Refuse(SessionTransitions.Refusal(from, action)) : null;
    }

    private AttemptSetup Setup(SeatAssignment seat, IReadOnlyList<string> assessors)
    {
        var plan = S.Plan!;
        return new AttemptSetup(Id, seat.IdNumber, plan.TrackKey, plan.Component, S.BankVersion, S.Seed, seat.Seat, seat.Ticket, plan.Minutes, assessors, plan.ChiefAssessor, S.RulesVersion);
    }

    /// <summary>
    /// The 考评小组 that scores each candidate. A room is staffed by the ratio (RULES.md §4: 1 : 5, odd), but each candidate
    /// is scored by as many assessors as the component's scoring policy sets (RULES.md §7, default 3): groups are taken in
    /// turn from the room's assessors, by seat, so the work spreads evenly and each group's members are distinct.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> ScoringGroups(SessionPlan plan, Track? track)
    {
        var room = plan.Assessors.Distinct(StringComparer.Ordinal).ToList();
        var kind = plan.Component == ExamComponent.Review ? ComponentKind.Review : ComponentKind.Practical;
        var size = track?.Component(kind)?.Scoring is { } scoring
                ? Math.Min(scoring.Assessors, room.Count)
                : room.Count;
        return plan.Roster.OrderBy(r => r.Seat).Select((seat, index) => (seat.IdNumber, Group: (IReadOnlyList<string>)Enumerable.Range(0, size)
                .Select(j => room[(index * size + j) % room.Count]).ToList()))
            .ToDictionary(x => x.IdNumber, x => x.Group, StringComparer.Ordinal);
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

    // A refusal passed on from an attempt: this sitting's words first, then the attempt's (in words, or its reason code,
    // which the web edge puts after these words).
    private static string Joined(string words, string? cause) => cause is null ? words : $"{words}: {cause}";
}
