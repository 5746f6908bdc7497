using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Batches;

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
    IGrainFactory grains,
    IBatchRecords batches, Storage.Records.Tickets.ITicketRecords ticketRecords,
    Storage.Records.Candidates.ICandidateDirectory directory,
    TimeProvider clock) : Grain, IExamSessionGrain
{
    private readonly SittingPlanCheck _check = new(grains, library);
    private SittingAttempts? _attempts;
    private SittingConduct? _conduct;
    private SittingChanges? _changes;

    private SessionState S => state.State;

    private SittingAttempts Attempts => _attempts ??= new SittingAttempts(GrainFactory, Id, state.State, directory);

    private SittingConduct Conduct => _conduct ??= new SittingConduct(GrainFactory, state, Attempts, clock, Subject);

    private SittingChanges Changes => _changes ??= new SittingChanges(GrainFactory, state, _check, Tickets, clock, Id);

    private SittingTickets Tickets => new(GrainFactory, batches, ticketRecords, clock, Id);

    private string Id => this.GetPrimaryKeyString();

    private string Subject => "session/" + Id;

    public async Task<CommandReply> ScheduleAsync(SessionPlan plan, string actor)
    {
        if (S.Plan is not null && S.Status != SessionStatus.Scheduled)
        {
            return Refuse(SessionRefusal.PastScheduling);
        }

        var (summary, refused) = await _check.ScheduleAsync(plan);
        var before = S.Plan;
        // The tickets are bound (and the batch written) only for a plan that passed its checks.
        if ((refused ?? await Tickets.ReserveAsync(plan, before)) is { } no)
        {
            return no;
        }

        var seed = await SittingSeeds.ChooseAsync(library, seeds, plan, summary!.BankVersion);
        (S.Plan, S.Status, S.BankVersion, S.RulesVersion, S.Seed) = (plan, SessionStatus.Scheduled, summary.BankVersion, summary.RulesVersion, seed.Seed);
        await state.WriteStateAsync();
        await Tickets.ReleaseDroppedAsync(before, plan);
        await SittingStaff.ListAsync(GrainFactory, Id, before, plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.scheduled", "",
            $"{plan.TrackKey} {plan.Component} {plan.Centre}/{plan.Room} {plan.StartsAt:O} {plan.Minutes} min, {plan.Roster.Count} candidates; {seed.Exposure}");
        return CommandReply.Ok;
    }

    public Task<CommandReply> CancelAsync(string actor, string reason) => Changes.CancelAsync(actor, reason);

    public Task<CommandReply> RescheduleAsync(DateTimeOffset startsAt, string centre, string room, int capacity, string actor, string reason) =>
        Changes.RescheduleAsync(startsAt, centre, room, capacity, actor, reason);

    public Task<CommandReply> MoveCandidateAsync(string idNumber, string toSessionId, string actor, string reason) => Changes.MoveOutAsync(idNumber, toSessionId, actor, reason);

    public Task<CommandReply> AdmitMovedAsync(SeatTransfer transfer, string actor, string reason) => Changes.AdmitAsync(transfer, actor, reason);

    public async Task<CommandReply> OpenCheckInAsync(string actor)
    {
        if (Transition(SessionAction.OpenCheckIn) is { } refusal)
        {
            return refusal;
        }

        var (prepared, failed) = await Attempts.PrepareAsync(await _check.TrackAsync(S.Plan!.TrackKey, S.BankVersion, S.RulesVersion));
        if (failed is not null)
        {
            return failed;
        }

        S.Status = SessionStatus.CheckIn;
        S.AccessCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.check-in-opened", "", $"{prepared} papers assembled");
        return CommandReply.Ok;
    }

    public async Task<CommandReply> ChangeStaffAsync(IReadOnlyList<string> proctors, IReadOnlyList<string> assessors, string? chiefAssessor, string actor, string reason)
    {
        if (SittingRules.StaffChange(!string.IsNullOrWhiteSpace(reason), S.Plan is null ? null : Phase) is { } refused)
        {
            return Refuse(refused);
        }

        var (plan, changed) = (S.Plan!, S.Plan! with { Proctors = proctors.ToList(), Assessors = assessors.ToList(), ChiefAssessor = chiefAssessor });
        if (S.Status == SessionStatus.CheckIn && changed.Component != ExamComponent.Theory)
        {
            // The tasks are drawn and each candidate already has a 考评小组: give every candidate the group the new room yields.
            if (await Attempts.RegroupAsync(changed, await _check.TrackAsync(changed.TrackKey, S.BankVersion, S.RulesVersion)) is { } failed)
            {
                return failed;
            }
        }

        S.Plan = changed;
        await state.WriteStateAsync();
        await SittingStaff.ListAsync(GrainFactory, Id, plan, S.Plan);
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.staff-changed", reason,
            $"proctors {string.Join(",", proctors)}; assessors {string.Join(",", assessors)}; chief {chiefAssessor ?? "--"}");
        return CommandReply.Ok;
    }

    public Task<CommandReply> AssignSupervisorsAsync(IReadOnlyList<string> supervisors, string actor, string reason) => Changes.AssignSupervisorsAsync(supervisors, actor, reason);

    public Task<CommandReply> CheckInAsync(string idNumber, string proctor, bool identityConfirmed) =>
        Conduct.CheckInAsync(idNumber, proctor, identityConfirmed);

    public async Task<CommandReply> StartAsync(string actor)
    {
        if (Transition(SessionAction.Start) is { } refusal)
        {
            return refusal;
        }

        if (await _check.StaffAtStartAsync(S.Plan!, S.BankVersion, S.RulesVersion) is { } cause)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.start-refused", $"{cause.Code} {string.Join(",", cause.Args)}");
            return Refuse(SessionRefusal.CannotStart, cause);
        }

        var now = clock.GetUtcNow();
        (S.Status, S.StartedAt) = (SessionStatus.Running, now);
        await state.WriteStateAsync();
        await Attempts.ForCheckedInTheoryAsync(a => a.StartAsync(now, TimeSpan.Zero));
        await GrainFactory.AuditAsync(clock, Subject, actor, "session.started", "", $"{S.CheckedIn.Count} checked in");
        return CommandReply.Ok;
    }

    public Task<CommandReply> PauseAsync(string actor, string reason)
    {
        var now = clock.GetUtcNow();
        return string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(Refuse(SessionRefusal.PauseNeedsReason))
            : MoveAsync(SessionAction.Pause, "session.paused", actor, reason, () =>
            {
                (S.Status, S.PausedSince) = (SessionStatus.Paused, now);
                return "";
            }, a => a.PauseAsync(now));
    }

    public Task<CommandReply> ResumeAsync(string actor, string reason)
    {
        var now = clock.GetUtcNow();
        return MoveAsync(SessionAction.Resume, "session.resumed", actor, reason, () =>
        {
            var paused = now - S.PausedSince!.Value;
            (S.Status, S.PausedSince, S.PausedTotal) = (SessionStatus.Running, null, S.PausedTotal + paused);
            return $"paused {paused.TotalMinutes:0.##} min";
        }, a => a.ResumeAsync(now));
    }

    public async Task<CommandReply> ExtendAsync(string idNumber, int minutes, string actor, string reason)
    {
        var seat = S.Plan is { Component: ExamComponent.Theory } theory ? theory.Roster.FirstOrDefault(r => r.IdNumber == idNumber) : null;
        if (SittingRules.ExtraTime(!string.IsNullOrWhiteSpace(reason), seat is not null, Phase) is { } refused)
        {
            return Refuse(refused);
        }

        var track = await _check.TrackAsync(S.Plan!.TrackKey, S.BankVersion, S.RulesVersion);
        var reply = await Attempts.Theory(idNumber).ExtendAsync(minutes, (track?.ExtraTime ?? ExtraTimeRule.Default).CeilingMinutes);
        if (reply.Accepted)
        {
            await GrainFactory.AuditAsync(clock, Subject, actor, "session.extended", reason, $"seat {seat!.Seat}: +{minutes} min");
        }

        return reply;
    }

    public Task<CommandReply> MarkAbsentAsync(string idNumber, string actor, string reason) => Conduct.MarkAbsentAsync(idNumber, actor, reason);

    public Task<CommandReply> RecordMisconductAsync(string idNumber, MisconductStep step, string reason, string actor) =>
        Conduct.RecordMisconductAsync(idNumber, step, reason, actor);

    public Task<CommandReply> CloseAsync(string actor, string reason) =>
        MoveAsync(SessionAction.Close, "session.closed", actor, reason, () =>
        {
            (S.Status, S.PausedSince) = (SessionStatus.Closed, null);
            // Everyone never checked in is 缺考 from now on (the roster says so, and their attempts are not scored).
            S.Absent = S.Plan!.Roster.Select(r => r.IdNumber).Where(id => !S.CheckedIn.Contains(id)).ToList();
            return $"{S.CheckedIn.Count} of {S.Plan!.Roster.Count} sat; absent: {S.Plan.Roster.Count - S.CheckedIn.Count}";
        }, async a => await a.ForceSubmitAsync(actor));

    public Task<SessionSnapshot?> GetAsync() => Task.FromResult(S.Snapshot(Id));

    public async Task<IReadOnlyList<RosterLine>> GetRosterAsync() => S.Plan is null ? [] : await Attempts.RosterAsync();

    public async Task<RegradeReport> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        if (SittingRules.Regrade(S.Plan?.Component == ExamComponent.Theory, S.BankVersion, correctedBankVersion, dryRun, !string.IsNullOrWhiteSpace(reason)) is { } refused)
        {
            return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, [], [], refused.ToReply());
        }

        var (changes, corrected) = await Attempts.RegradeAsync(correctedBankVersion, dryRun, actor, reason);
        await GrainFactory.AuditAsync(clock, Subject, actor, dryRun ? "session.regrade-dry-run" : "session.regraded", reason,
            $"bank v{S.BankVersion} → v{correctedBankVersion}: {changes.Count} scores change");
        return new RegradeReport(S.BankVersion, correctedBankVersion, dryRun, corrected, changes, null);
    }

    private SessionPhase Phase => (SessionPhase)(int)S.Status;

    private static CommandReply Refuse(Refused<SessionRefusal> refused, Refusal? cause = null) => RefusalCodes.Refuse(refused, cause);

    private CommandReply? Transition(SessionAction action) =>
        S.Plan is null ? Refuse(SessionRefusal.NotScheduled)
        : SessionTransitions.Refusal(Phase, action) is { } refused ? Refuse(refused)
        : null;

    // Moves the sitting along its phases: the move is allowed, the state changed (returning the audit details) and saved,
    // then every checked-in theory attempt follows and the move is audited.
    private async Task<CommandReply> MoveAsync(SessionAction action, string audited, string actor, string reason, Func<string> change, Func<IAttemptGrain, Task> attempts)
    {
        if (Transition(action) is { } refusal)
        {
            return refusal;
        }

        var details = change();
        await state.WriteStateAsync();
        await Attempts.ForCheckedInTheoryAsync(attempts);
        await GrainFactory.AuditAsync(clock, Subject, actor, audited, reason, details);
        return CommandReply.Ok;
    }
}
