using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// One sitting. It schedules, opens check-in (assembling every paper before the start), starts, pauses, resumes and
/// closes, fanning each step out to the roster's attempts in parallel; answers never pass through it. Its rules are the
/// Domain's (<see cref="SessionTransitions"/>, <see cref="SittingRules"/>, <see cref="StaffingRule"/>).
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

    public async Task<CommandReply> ScheduleAsync(SessionPlan plan, string actor)
    {
        if (S.Plan is not null && S.Status != SessionStatus.Scheduled)
        {
            return Refuse(SessionRefusal.PastScheduling);
        }

        var track = GrainFactory.GetGrain<ICertificationTrackGrain>(plan.TrackKey);
        if (await track.GetAsync() is not { } summary)
        {
            return Refuse(Refused.Of(SessionRefusal.TrackNotOpened, plan.TrackKey));
        }

        if (summary.Components.FirstOrDefault(c => c.Component == plan.Component) is not { } component)
        {
            return Refuse(Refused.Of(SessionRefusal.NoSuchComponent, plan.TrackKey, plan.Component));
        }

        if (SittingRules.Plan(plan.Minutes, component.Minutes, [.. plan.Roster.Select(r => (r.IdNumber, r.Seat))]) is { } badPlan)
        {
            return Refuse(badPlan);
        }

        if (SittingStaff.Check(plan, component, await TrackAsync(plan.TrackKey, summary.BankVersion, summary.RulesVersion)) is { } shortStaffed)
        {
            return RefusalCodes.Refuse(shortStaffed);
        }

        foreach (var seat in plan.Roster)
        {
            if (await track.CanSitAsync(seat.IdNumber, plan.Component) is { Accepted: false } canSit)
            {
                return canSit with { Reason = Refused.Of(SessionRefusal.SeatCannotSit, seat.Seat).ToReply(canSit.Reason) };
            }
        }

        await SittingStaff.FanOutAsync(plan.Roster, async seat =>
        {
            await GrainFactory.GetGrain<IAdmissionTicketGrain>(seat.Ticket).BindAsync(new AdmissionTicket(seat.Ticket, Id, seat.IdNumber, seat.Seat));
            return true;
        });
        var before = S.Plan;
        var seed = await SittingSeeds.ChooseAsync(library, seeds, plan, summary.BankVersion);
        (S.Plan, S.Status, S.BankVersion, S.RulesVersion, S.Seed) = (plan, SessionStatus.Scheduled, summary.BankVersion, summary.RulesVersion, seed.Seed);
        await state.WriteStateAsync();
        await SittingStaff.ListAsync(GrainFactory, Id, before, plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.scheduled", "",
            $"{plan.TrackKey} {plan.Component} {plan.Centre}/{plan.Room} {plan.StartsAt:O} {plan.Minutes} min, {plan.Roster.Count} candidates; {seed.Exposure}");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> OpenCheckInAsync(string actor)
    {
        if (Transition(SessionAction.OpenCheckIn) is { } refusal)
        {
            return refusal;
        }

        var plan = S.Plan!;
        var groups = SittingStaff.ScoringGroups(plan, await TrackAsync(plan.TrackKey, S.BankVersion, S.RulesVersion));
        var replies = await SittingStaff.FanOutAsync(plan.Roster, seat => plan.Component == ExamComponent.Theory
            ? GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat, []))
            : GrainFactory.GetGrain<IPracticalAttemptGrain>(AttemptKey(seat.IdNumber)).PrepareAsync(Setup(seat, groups[seat.IdNumber])));
        if (replies.FirstOrDefault(r => !r.Accepted) is { } failed)
        {
            return failed with { Reason = Refused.Of(SessionRefusal.PapersNotAssembled).ToReply(failed.Reason) };
        }

        S.Status = SessionStatus.CheckIn;
        S.AccessCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.check-in-opened", "", $"{replies.Count} papers assembled");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> ChangeStaffAsync(IReadOnlyList<string> proctors, IReadOnlyList<string> assessors, string? chiefAssessor, string actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || S.Plan is not { } plan || S.Status is not (SessionStatus.Scheduled or SessionStatus.CheckIn))
        {
            return Refuse(string.IsNullOrWhiteSpace(reason) ? SessionRefusal.StaffChangeNeedsReason : SessionRefusal.StaffChangeTooLate);
        }

        var changed = plan with { Proctors = proctors.ToList(), Assessors = assessors.ToList(), ChiefAssessor = chiefAssessor };
        if (S.Status == SessionStatus.CheckIn && changed.Component != ExamComponent.Theory)
        {
            // The tasks are drawn and each candidate already has a 考评小组: give every candidate the group the new room yields.
            var groups = SittingStaff.ScoringGroups(changed, await TrackAsync(changed.TrackKey, S.BankVersion, S.RulesVersion));
            var replies = await SittingStaff.FanOutAsync(changed.Roster, seat =>
                GrainFactory.GetGrain<IPracticalAttemptGrain>(AttemptKey(seat.IdNumber)).ReassignAsync(groups[seat.IdNumber], chiefAssessor));
            if (replies.FirstOrDefault(r => !r.Accepted) is { } failed)
            {
                return failed with { Reason = Refused.Of(SessionRefusal.GroupsNotChanged).ToReply(failed.Reason) };
            }
        }

        S.Plan = changed;
        await state.WriteStateAsync();
        await SittingStaff.ListAsync(GrainFactory, Id, plan, S.Plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.staff-changed", reason,
            $"proctors {string.Join(",", proctors)}; assessors {string.Join(",", assessors)}; chief {chiefAssessor ?? "--"}");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> CheckInAsync(string idNumber, string proctor, bool identityConfirmed)
    {
        if (S.Plan?.Roster.FirstOrDefault(r => r.IdNumber == idNumber) is not { } seat)
        {
            return Refuse(SessionRefusal.NotOnRoster);
        }

        var theory = S.Plan.Component == ExamComponent.Theory;
        if (SittingRules.Entry(Phase, theory, S.StartedAt, clock.GetUtcNow(), SessionTiming.Default) is { } closed)
        {
            return Refuse(closed);
        }

        if (!identityConfirmed)
        {
            await GrainFactory.AuditAsync(clock, Subject, proctor, "session.identity-mismatch", "", $"seat {seat.Seat}");
            return Refuse(SessionRefusal.IdentityNotConfirmed);
        }

        if (theory && await CheckInTheoryAsync(idNumber, proctor) is { Accepted: false } refused)
        {
            return refused;
        }

        if (!S.CheckedIn.Contains(idNumber))
        {
            S.CheckedIn.Add(idNumber);
            await state.WriteStateAsync();
        }

        return CommandReply.Ok;
    }

    public async Task<CommandReply> StartAsync(string actor)
    {
        if (Transition(SessionAction.Start) is { } refusal)
        {
            return refusal;
        }

        // RULES.md §4: staffing is checked again at the start; a proctor may have left, or the panel changed, since scheduling.
        var plan = S.Plan!;
        var component = (await GrainFactory.GetGrain<ICertificationTrackGrain>(plan.TrackKey).GetAsync())?.Components.FirstOrDefault(c => c.Component == plan.Component);
        var cause = component is null
            ? Refused.Of(SessionRefusal.NoSuchComponent, plan.TrackKey, plan.Component).ToReply()
            : SittingStaff.Check(plan, component, await TrackAsync(plan.TrackKey, S.BankVersion, S.RulesVersion))?.ToReply();
        if (cause is not null)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.start-refused", $"{cause.Code} {string.Join(",", cause.Args)}");
            return Refuse(SessionRefusal.CannotStart, cause);
        }

        var now = clock.GetUtcNow();
        (S.Status, S.StartedAt) = (SessionStatus.Running, now);
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.StartAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.started", "", $"{S.CheckedIn.Count} checked in");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> PauseAsync(string actor, string reason)
    {
        if ((string.IsNullOrWhiteSpace(reason) ? Refuse(SessionRefusal.PauseNeedsReason) : Transition(SessionAction.Pause)) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        (S.Status, S.PausedSince) = (SessionStatus.Paused, now);
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.PauseAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.paused", reason);
        return CommandReply.Ok;
    }

    public async Task<CommandReply> ResumeAsync(string actor, string reason)
    {
        if (Transition(SessionAction.Resume) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var paused = now - S.PausedSince!.Value;
        (S.Status, S.PausedSince) = (SessionStatus.Running, null);
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(a => a.ResumeAsync(now));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.resumed", reason, $"paused {paused.TotalMinutes:0.##} min");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> ExtendAsync(string idNumber, int minutes, string actor, string reason)
    {
        var seat = S.Plan is { Component: ExamComponent.Theory } theory ? theory.Roster.FirstOrDefault(r => r.IdNumber == idNumber) : null;
        SessionRefusal? refused = string.IsNullOrWhiteSpace(reason) ? SessionRefusal.ExtraTimeNeedsReason
            : seat is null ? SessionRefusal.NotOnTheoryRoster
            : S.Status is SessionStatus.Scheduled or SessionStatus.Closed ? SessionRefusal.NotUnderWay
            : null;
        if (refused is { } why)
        {
            return Refuse(why);
        }

        var ceiling = (await TrackAsync(S.Plan!.TrackKey, S.BankVersion, S.RulesVersion))?.ExtraTime.CeilingMinutes ?? ExtraTimeRule.Default.CeilingMinutes;
        var reply = await GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(idNumber)).ExtendAsync(minutes, ceiling);
        if (reply.Accepted)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.extended", reason, $"seat {seat!.Seat}: +{minutes} min");
        }

        return reply;
    }

    public async Task<CommandReply> CloseAsync(string actor, string reason)
    {
        if (Transition(SessionAction.Close) is { } refusal)
        {
            return refusal;
        }

        (S.Status, S.PausedSince) = (SessionStatus.Closed, null);
        await state.WriteStateAsync();
        await ForCheckedInTheoryAsync(async a => await a.ForceSubmitAsync(actor));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.closed", reason,
            $"{S.CheckedIn.Count} of {S.Plan!.Roster.Count} sat; absent: {S.Plan.Roster.Count - S.CheckedIn.Count}");
        return CommandReply.Ok;
    }

    public Task<SessionSnapshot?> GetAsync() => Task.FromResult(S.Plan is { } plan
        ? new SessionSnapshot(Id, plan, S.Status, S.StartedAt, S.CheckedIn.ToList(), S.BankVersion, S.Seed, S.AccessCode)
        : null);

    public async Task<IReadOnlyList<RosterLine>> GetRosterAsync()
    {
        if (S.Plan is not { } plan)
        {
            return [];
        }

        var checkedIn = S.CheckedIn.ToHashSet(StringComparer.Ordinal);
        return await SittingStaff.FanOutAsync(plan.Roster.OrderBy(r => r.Seat), async seat =>
        {
            var candidate = GrainFactory.GetGrain<ICandidateGrain>(seat.IdNumber).GetAsync();
            AttemptProgress? progress = plan.Component == ExamComponent.Theory
                ? await GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).GetProgressAsync()
                : null;
            return new RosterLine(seat.Seat, seat.Ticket, seat.IdNumber, (await candidate)?.Profile.Name ?? "", checkedIn.Contains(seat.IdNumber), progress);
        });
    }

    public async Task<RegradeReport> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        SessionRefusal? refused = S.Plan is not { Component: ExamComponent.Theory } ? SessionRefusal.RegradeOnlyTheory
            : correctedBankVersion <= S.BankVersion ? SessionRefusal.RegradeVersionNotNewer
            : !dryRun && string.IsNullOrWhiteSpace(reason) ? SessionRefusal.RegradeNeedsReason
            : null;
        if (refused is { } why)
        {
            return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, [], [], ((Refused<SessionRefusal>)why).ToReply());
        }

        var lines = await SittingStaff.FanOutAsync(S.Plan!.Roster, seat => GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(seat.IdNumber)).RegradeAsync(correctedBankVersion, dryRun, actor, reason));
        var changes = lines.OfType<RegradeLine>().OrderBy(l => l.Seat).ToList();
        var corrected = changes.SelectMany(c => c.ChangedItems).Distinct().Order(StringComparer.Ordinal).ToList();
        await GrainFactory.AuditAsync(clock, Subject, actor, dryRun ? "session.regrade-dry-run" : "session.regraded", reason,
            $"bank v{S.BankVersion} → v{correctedBankVersion}: {changes.Count} scores change");
        return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, corrected, changes, null);
    }

    private SessionPhase Phase => (SessionPhase)(int)S.Status;

    private static CommandReply Refuse(Refused<SessionRefusal> refused, Refusal? cause = null) => RefusalCodes.Refuse(refused, cause);

    private static CommandReply Refuse(SessionRefusal reason) => RefusalCodes.Refuse((Refused<SessionRefusal>)reason);

    private CommandReply? Transition(SessionAction action) =>
        S.Plan is null ? Refuse(SessionRefusal.NotScheduled)
        : SessionTransitions.Refusal(Phase, action) is { } refused ? Refuse(refused)
        : null;

    // A theory candidate checks in on the attempt too; one who arrives after the start joins the running (or paused) clock.
    private async Task<CommandReply> CheckInTheoryAsync(string idNumber, string proctor)
    {
        var attempt = GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(idNumber));
        var reply = await attempt.CheckInAsync(proctor, identityConfirmed: true);
        if (reply.Accepted && S.StartedAt is { } started)
        {
            await attempt.StartAsync(started);
            if (S.PausedSince is { } since)
            {
                await attempt.PauseAsync(since);
            }
        }

        return reply;
    }

    // The track's data under a bank and rules version (the versions this sitting runs under), or null.
    private async Task<Track?> TrackAsync(string trackKey, int bankVersion, int rulesVersion) =>
        TrackKey.TryParse(trackKey, out var key) && await library.CreateTrackAsync(key, bankVersion, rulesVersion) is TrackOutcome.Created { Track: var track }
            ? track
            : null;

    private AttemptSetup Setup(SeatAssignment seat, IReadOnlyList<string> assessors)
    {
        var plan = S.Plan!;
        return new AttemptSetup(Id, seat.IdNumber, plan.TrackKey, plan.Component, S.BankVersion, S.Seed, seat.Seat, seat.Ticket, plan.Minutes, assessors, plan.ChiefAssessor, S.RulesVersion);
    }

    private string AttemptKey(string idNumber) => $"{Id}/{idNumber}";

    private Task ForCheckedInTheoryAsync(Func<IAttemptGrain, Task> action) =>
        S.Plan!.Component == ExamComponent.Theory
            ? SittingStaff.FanOutAsync(S.CheckedIn, async id => { await action(GrainFactory.GetGrain<IAttemptGrain>(AttemptKey(id))); return true; })
            : Task.CompletedTask;
}
