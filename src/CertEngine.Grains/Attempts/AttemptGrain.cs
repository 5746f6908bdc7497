using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts;
using CertEngine.Domain.Attempts;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Domain;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Records;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// One candidate's theory attempt. Saves answers one by one, keeps the server-side clock, and submits itself at the
/// deadline: a grain timer does it while the attempt is active, a reminder (period one minute) after a restart.
/// </summary>
public sealed class AttemptGrain(
    [PersistentState("attempt", StorageNames.Exams)] IPersistentState<AttemptState> state,
    [PersistentState("answers", StorageNames.Exams)] IPersistentState<AnswerSheetState> sheet,
    ExamLibrary library,
    IFactStore facts,
    TimeProvider clock,
    ILogger<AttemptGrain> logger) : Grain, IAttemptGrain, IRemindable
{
    /// <summary>The reminder that submits the attempt at the deadline even when no browser is open.</summary>
    public const string DeadlineReminder = "deadline";

    private const string System = "system";
    private IGrainTimer? _deadlineTimer;
    private DateTimeOffset? _lastSeenAt;

    private AttemptState S => state.State;

    private Dictionary<int, List<string>> Saved => sheet.State.Answers;

    private string LogId => S.Setup is { } setup ? $"{setup.SessionId}#{setup.Seat}" : "unprepared";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
#pragma warning disable CS0618 // moving answers saved before the answer sheet had its own record
        if (S.Answers.Count > 0)
        {
            if (!sheet.RecordExists)
            {
                sheet.State.Answers = S.Answers;
                await sheet.WriteStateAsync(cancellationToken);
            }

            S.Answers = [];
            await state.WriteStateAsync(cancellationToken);
        }
#pragma warning restore CS0618

        if (S.Status == AttemptStatus.Running)
        {
            ArmTimer();
        }

        if (S.ResultPending && S.Result is not null)
        {
            await RecordResultAsync();
            await state.WriteStateAsync(cancellationToken);
        }

        await FlushFactsAsync(persist: true);
    }

    /// <inheritdoc />
    public async Task<CommandReply> PrepareAsync(AttemptSetup setup)
    {
        if (S.Setup is not null)
        {
            return S.Setup == setup ? CommandReply.Ok : Refuse(AttemptRefusal.PaperAlreadyAssembled);
        }

        if (!TrackKey.TryParse(setup.TrackKey, out var key))
        {
            return Refuse(Refused.Of(AttemptRefusal.MalformedTrackKey, setup.TrackKey));
        }

        if (await library.CreateTrackAsync(key, setup.BankVersion, setup.RulesVersion) is not TrackOutcome.Created { Track: var track }
            || track.Component(ComponentKind.Theory) is not { } theory)
        {
            return Refuse(Refused.Of(AttemptRefusal.NoTheoryComponent, setup.TrackKey));
        }

        if (await library.PlanAsync(key.OccupationCode, setup.BankVersion, key.Level, key.WorkType) is not PaperPlanResult.Ready { Plan: var plan })
        {
            logger.PrepareRefused($"{setup.SessionId}#{setup.Seat}", "no paper plan");
            return Refuse(AttemptRefusal.NoPaperPlan);
        }

        var paper = plan.Assemble(setup.SessionSeed, setup.Seat);
        S.Setup = setup;
        S.BankId = key.OccupationCode;
        S.Level = key.Level ?? Occupation.SpecialtyLevel;
        S.WorkType = key.WorkType;
        S.Questions = paper.Questions.Select(q => new QuestionState
        {
            ItemId = q.ItemId,
            ItemVersion = q.ItemVersion,
            Type = q.Type.ToYaml(),
            Points = q.Points,
            Cell = q.CellNodeId,
            OptionOrder = q.OptionOrder.ToList(),
        }).ToList();
        S.PassMark = theory.PassMark;
        S.MultipleChoice = track.MultipleChoice.ToString();
        S.GradedVersion = setup.BankVersion;
        S.Status = AttemptStatus.Ready;
        await state.WriteStateAsync();
        logger.Prepared(LogId, S.Questions.Count);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> CheckInAsync(string proctor, bool identityConfirmed)
    {
        if (S.Rules().CheckIn(identityConfirmed) is { } refused)
        {
            return Refuse(refused);
        }

        if (S.CheckedInAt is not null)
        {
            return CommandReply.Ok;
        }

        S.CheckedInAt = clock.GetUtcNow();
        S.CheckedInBy = proctor;
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> StartAsync(DateTimeOffset startedAt)
    {
        var rules = S.Rules();
        if (rules.Start() is { } refused)
        {
            return Refuse(refused);
        }

        if (!rules.StartsNow)
        {
            return CommandReply.Ok;
        }

        S.StartedAt = startedAt;
        S.Status = AttemptStatus.Running;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(DeadlineReminder, Positive(S.Clock()!.RemainingAt(clock.GetUtcNow())), TimeSpan.FromMinutes(1));
        ArmTimer();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task PauseAsync(DateTimeOffset at)
    {
        if (S.Status != AttemptStatus.Running)
        {
            return;
        }

        S.PausedSince = at;
        S.Status = AttemptStatus.Paused;
        await state.WriteStateAsync();
        DisarmTimer();
    }

    /// <inheritdoc />
    public async Task ResumeAsync(DateTimeOffset at)
    {
        if (S.Status != AttemptStatus.Paused || S.Clock() is not { } current)
        {
            return;
        }

        var resumed = current.ResumeAt(at);
        S.Paused = resumed.Paused;
        S.PausedSince = null;
        S.Status = AttemptStatus.Running;
        await state.WriteStateAsync();
        ArmTimer();
    }

    /// <inheritdoc />
    public async Task<CommandReply> ExtendAsync(int minutes, int ceilingMinutes)
    {
        if (S.Rules().Extend(minutes, ceilingMinutes, clock.GetUtcNow()) is { } refused)
        {
            return Refuse(refused);
        }

        S.Extra += TimeSpan.FromMinutes(minutes);
        await state.WriteStateAsync();
        if (S.Status == AttemptStatus.Running)
        {
            ArmTimer();
        }

        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CandidatePaper?> GetPaperAsync()
    {
        if (S.Setup is not { } setup || await library.FindBankAsync(S.BankId, setup.BankVersion) is not { } bank)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        _lastSeenAt = now;
        var questions = S.Questions.Select((q, index) => AttemptStateViews.Show(bank, q, index, Saved.GetValueOrDefault(index))).ToList();
        var current = S.Clock();
        var remaining = current?.RemainingAt(now) ?? TimeSpan.FromMinutes(setup.Minutes);
        var deadline = current is { IsPaused: false } ? current.DeadlineAt(now) : (DateTimeOffset?)null;
        return new CandidatePaper(S.Status, S.Result is null ? deadline : null, S.Result is null ? remaining : TimeSpan.Zero, questions, setup.Seat, setup.Ticket);
    }

    /// <inheritdoc />
    public Task<AttemptProgress> GetProgressAsync()
    {
        var remaining = S.Result is not null ? TimeSpan.Zero
            : S.Clock() is { } current ? current.RemainingAt(clock.GetUtcNow())
            : TimeSpan.FromMinutes(S.Setup?.Minutes ?? 0);
        return Task.FromResult(new AttemptProgress(S.Status, Saved.Count, S.Questions.Count, remaining, _lastSeenAt, S.Result?.Score));
    }

    /// <inheritdoc />
    public Task<AttemptProgress> HeartbeatAsync()
    {
        _lastSeenAt = clock.GetUtcNow();
        return GetProgressAsync();
    }

    /// <inheritdoc />
    public async Task<SaveReply> SaveAnswerAsync(int index, IReadOnlyList<string> choices)
    {
        var now = clock.GetUtcNow();
        _lastSeenAt = now;
        var remaining = S.Clock()?.RemainingAt(now) ?? TimeSpan.Zero;
        if (S.Rules().Save(index, now) is { } refused)
        {
            return new SaveReply(false, remaining, refused.ToReply());
        }

        if (DisplayLabels.ToStoredAnswer(AttemptStateViews.Question(S.Questions[index]), choices) is not { } stored)
        {
            return new SaveReply(false, remaining, Reason(AttemptRefusal.AnswerDoesNotFit));
        }

        if (stored.Count == 0)
        {
            Saved.Remove(index);
        }
        else
        {
            Saved[index] = [.. stored];
        }

        await sheet.WriteStateAsync();
        return new SaveReply(true, remaining);
    }

    /// <inheritdoc />
    public async Task<CommandReply> SubmitAsync()
    {
        if (S.Rules().HandIn(clock.GetUtcNow(), SessionTiming.Default) is { } refused)
        {
            return Refuse(refused);
        }

        if (S.Status == AttemptStatus.Submitted)
        {
            return CommandReply.Ok;
        }

        await FinishAsync(S.Setup!.Ticket, "attempt.submitted");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<AttemptResult?> ForceSubmitAsync(string actor)
    {
        if (S.Setup is null || S.StartedAt is null)
        {
            return null;
        }

        if (S.Status != AttemptStatus.Submitted)
        {
            await FinishAsync(actor, "attempt.closed");
        }

        return S.Result;
    }

    /// <inheritdoc />
    public Task<AttemptResult?> GetResultAsync() => Task.FromResult(S.Result);

    /// <inheritdoc />
    public Task<PaperRecord?> GetPaperRecordAsync() => Task.FromResult(S.Setup is { } setup
        ? new PaperRecord(S.BankId, setup.BankVersion, setup.SessionSeed, setup.Seat, S.Questions.Select(q => $"{q.ItemId}@{q.ItemVersion}").ToList())
        : null);

    /// <inheritdoc />
    public async Task<RegradeLine?> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        if (S.Result is not { } result || S.Setup is not { } setup
            || await library.FindBankAsync(S.BankId, S.GradedVersion) is not { } original
            || await library.FindBankAsync(S.BankId, correctedBankVersion) is not { } corrected)
        {
            return null;
        }

        var regrade = Regrading.Regrade(S.Paper(), Answers(), original, corrected, S.Policy());
        var line = new RegradeLine(IdentityNumber.Mask(setup.IdNumber), setup.Seat, regrade.OldScore, regrade.NewScore, regrade.ChangedItemIds);
        if (dryRun || !regrade.Changes)
        {
            return regrade.Changes ? line : null;
        }

        S.Result = result with { Score = regrade.NewScore };
        S.GradedVersion = correctedBankVersion;
        var regraded = ObjectiveGrader.Grade(AnswerKey.ForRevision(S.Paper(), corrected), Answers(), S.Policy());
        S.UnrecordedFacts.Add(AttemptFacts.Of(this.GetPrimaryKeyString(), S, Saved, regraded, regraded: true, actor, clock.GetUtcNow()));
        S.ResultPending = true;
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await RecordResultAsync();
        await GrainFactory.AuditAsync(clock, $"session/{setup.SessionId}", actor, "attempt.regraded", reason,
            $"seat {setup.Seat}: {regrade.OldScore} → {regrade.NewScore} (bank v{correctedBankVersion}; items {string.Join(",", regrade.ChangedItemIds)})");
        return line;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == FactOutbox.Reminder)
        {
            await FactOutbox.RetryAsync(this, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, LogId);
            return;
        }

        if (reminderName != DeadlineReminder)
        {
            return;
        }

        if (S.Status == AttemptStatus.Submitted || S.Setup is null)
        {
            await UnregisterDeadlineReminderAsync();
            return;
        }

        await SubmitIfDueAsync();
    }

    private static CommandReply Refuse(Refused<AttemptRefusal> refused) => CommandReply.Refuse(refused.ToReply());

    private static Refusal Reason(AttemptRefusal reason) => ((Refused<AttemptRefusal>)reason).ToReply();

    private async Task SubmitIfDueAsync()
    {
        if (S.Rules().IsDueAt(clock.GetUtcNow()))
        {
            await FinishAsync(System, "attempt.deadline");
        }
        else if (S.Status == AttemptStatus.Running)
        {
            ArmTimer();
        }
    }

    private async Task FinishAsync(string actor, string action)
    {
        var setup = S.Setup!;
        var bank = await library.FindBankAsync(S.BankId, S.GradedVersion) ?? throw new InvalidOperationException($"bank {S.BankId} v{S.GradedVersion} vanished");
        var grade = ObjectiveGrader.Grade(S.Paper(), bank, Answers(), S.Policy());
        var now = clock.GetUtcNow();
        S.Status = AttemptStatus.Submitted;
        S.PausedSince = null;
        S.Result = new AttemptResult(grade.Score, S.PassMark, now, actor, Saved.Count, S.Questions.Count);
        S.UnrecordedFacts.Add(AttemptFacts.Of(this.GetPrimaryKeyString(), S, Saved, grade, regraded: false, actor, now));
        S.ResultPending = true;
        await state.WriteStateAsync();
        DisarmTimer();
        await FlushFactsAsync(persist: false);
        await RecordResultAsync();
        // Only now: should the process die before the result reached the candidate, the reminder wakes this grain after
        // the restart and its activation delivers the result again.
        await UnregisterDeadlineReminderAsync();
        await GrainFactory.AuditAsync(clock, $"session/{setup.SessionId}", actor, action, "", $"seat {setup.Seat}: {grade.Score}");
        logger.Submitted(LogId, actor);
    }

    // Delivers the result to the candidate's grain (which ignores one it already holds) and clears the pending mark in
    // memory: the stored mark stays set until the next write, so at worst an activation delivers it once more.
    private async Task RecordResultAsync()
    {
        var setup = S.Setup!;
        var result = S.Result!;
        await GrainFactory.GetGrain<ICandidateGrain>(setup.IdNumber).RecordResultAsync(new ComponentResultRecord(
            setup.TrackKey, ExamComponent.Theory, result.Score, result.PassMark, ChinaTime.DateOf(S.StartedAt!.Value), setup.SessionId, false));
        S.ResultPending = false;
    }

    // Saved first: the submission stands whatever happens to the fact now; the outbox entry is dropped at the next write.
    private Task<bool> FlushFactsAsync(bool persist) =>
        FactOutbox.FlushAsync(this, facts, S.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, LogId);

    private async Task UnregisterDeadlineReminderAsync()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void ArmTimer()
    {
        DisarmTimer();
        if (S.Clock() is not { } current)
        {
            return;
        }

        _deadlineTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.SubmitIfDueAsync(),
            this,
            new GrainTimerCreationOptions { DueTime = Positive(current.RemainingAt(clock.GetUtcNow())), Period = Timeout.InfiniteTimeSpan });
    }

    private void DisarmTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
    }

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    private Dictionary<int, IReadOnlyList<string>> Answers() => Saved.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value);
}
