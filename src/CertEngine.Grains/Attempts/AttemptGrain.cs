using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain;
using CertEngine.Domain.Attempts;
using CertEngine.Domain.Sessions;
using CertEngine.Grains.Library;
using CertEngine.Grains.Replies;
using CertEngine.Grains.Records;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// One candidate's theory attempt. Saves answers one by one, keeps the server-side clock, and submits itself at the
/// deadline (<see cref="DeadlineAlarm"/>). Its rules are <see cref="TheoryAttempt"/>'s; this grain loads, asks, saves,
/// records the facts and replies.
/// </summary>
public sealed class AttemptGrain(
    [PersistentState("attempt", StorageNames.Exams)] IPersistentState<AttemptState> state,
    [PersistentState("answers", StorageNames.Exams)] IPersistentState<AnswerSheetState> sheet,
    ExamLibrary library,
    IFactStore facts,
    TimeProvider clock,
    ILogger<AttemptGrain> logger) : Grain, IAttemptGrain, IRemindable
{
    private DeadlineAlarm? _alarm;
    private AttemptRecorder? _recorder;
    private readonly PageContact _contact = new();

    private DeadlineAlarm Alarm => _alarm ??= new DeadlineAlarm(this, SubmitIfDueAsync, clock);
    private AttemptRecorder Recorder => _recorder ??= new AttemptRecorder(this, GrainFactory, state, sheet, library, facts, clock, logger);
    private AttemptState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await AttemptStateViews.MoveOlderAnswersAsync(state, sheet, cancellationToken);
        SharedPaperParts.Share(S.Questions, sheet.State);
        if (S.Status == AttemptStatus.Running)
        {
            Alarm.Arm(S.Clock());
        }

        await Recorder.ResumeAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _alarm?.ReleaseAsync() ?? Task.CompletedTask;

    public async Task<CommandReply> PrepareAsync(AttemptSetup setup)
    {
        if (S.Setup is not null)
        {
            return S.Setup == setup ? CommandReply.Ok : Refuse(AttemptRefusal.PaperAlreadyAssembled);
        }

        var draw = await TheoryPaperSource.DrawAsync(library, setup);
        if (draw is TheoryDraw.Refused refused)
        {
            logger.PrepareRefused($"{setup.SessionId}#{setup.Seat}", refused.Reason.Reason.ToString());
            return Refuse(refused.Reason);
        }

        var drawn = (TheoryDraw.Drawn)draw;
        S.Assemble(setup, drawn.Key, drawn.Paper, drawn.PassMark, drawn.Policy);
        await state.WriteStateAsync();
        logger.Prepared(S.LogId(), S.Questions.Count);
        return CommandReply.Ok;
    }

    public async Task<CommandReply> CheckInAsync(string proctor, bool identityConfirmed)
    {
        if (S.Rules().CheckIn(identityConfirmed) is { } refused)
        {
            return Refuse(refused);
        }

        if (S.CheckedInAt is null)
        {
            (S.CheckedInAt, S.CheckedInBy) = (clock.GetUtcNow(), proctor);
            await state.WriteStateAsync();
        }

        return CommandReply.Ok;
    }

    public async Task<CommandReply> StartAsync(DateTimeOffset startedAt, TimeSpan pausedBefore)
    {
        var rules = S.Rules();
        if (rules.Start() is { } refused)
        {
            return Refuse(refused);
        }

        if (rules.StartsNow)
        {
            (S.StartedAt, S.Paused, S.Status) = (startedAt, pausedBefore < TimeSpan.Zero ? TimeSpan.Zero : pausedBefore, AttemptStatus.Running);
            await state.WriteStateAsync();
            await Alarm.SetReminderAsync(S.Clock()!);
            Alarm.Arm(S.Clock());
        }

        return CommandReply.Ok;
    }

    public async Task PauseAsync(DateTimeOffset at)
    {
        if (S.Status == AttemptStatus.Running)
        {
            (S.PausedSince, S.Status) = (at, AttemptStatus.Paused);
            await state.WriteStateAsync();
            Alarm.Disarm();
        }
    }

    public async Task ResumeAsync(DateTimeOffset at)
    {
        if (S.Status == AttemptStatus.Paused && S.Clock() is { } current)
        {
            (S.Paused, S.PausedSince, S.Status) = (current.ResumeAt(at).Paused, null, AttemptStatus.Running);
            await state.WriteStateAsync();
            Alarm.Arm(S.Clock());
        }
    }

    public async Task<CommandReply> ExtendAsync(int minutes, int ceilingMinutes)
    {
        if (S.Rules().Extend(minutes, ceilingMinutes, clock.GetUtcNow()) is { } refused)
        {
            return Refuse(refused);
        }

        S.Extra += TimeSpan.FromMinutes(minutes);
        await state.WriteStateAsync();
        Alarm.Arm(S.Status == AttemptStatus.Running ? S.Clock() : null);
        return CommandReply.Ok;
    }

    public async Task<CandidatePaper?> GetPaperAsync()
    {
        if (S.Setup is not { } setup || await library.FindBankAsync(S.BankId, setup.BankVersion) is not { } bank)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await _contact.HearAsync(sheet, S.Status, now);
        return S.PaperFor(bank, sheet.State, now);
    }

    public Task<AttemptProgress> GetProgressAsync() => Task.FromResult(S.Progress(sheet.State, clock.GetUtcNow(), _contact.LastSeenAt));

    public async Task<AttemptProgress> HeartbeatAsync()
    {
        await _contact.HearAsync(sheet, S.Status, clock.GetUtcNow());
        return S.Progress(sheet.State, clock.GetUtcNow(), _contact.LastSeenAt);
    }

    public async Task<SaveReply> SaveAnswerAsync(int index, IReadOnlyList<string> choices)
    {
        var now = clock.GetUtcNow();
        await _contact.HearAsync(sheet, S.Status, now);
        var remaining = S.Clock()?.RemainingAt(now) ?? TimeSpan.Zero;
        if (S.Rules().Save(index, now) is { } refused)
        {
            return new SaveReply(false, remaining, refused.ToReply());
        }

        if (!sheet.State.Record(index, AttemptStateViews.Question(S.Questions[index]), choices, now))
        {
            return new SaveReply(false, remaining, ((Refused<AttemptRefusal>)AttemptRefusal.AnswerDoesNotFit).ToReply());
        }

        await sheet.WriteStateAsync();
        return new SaveReply(true, remaining);
    }

    public async Task<CommandReply> SubmitAsync()
    {
        if (S.Rules().HandIn(clock.GetUtcNow(), SessionTiming.Default) is { } refused)
        {
            return Refuse(refused);
        }

        if (S.Status != AttemptStatus.Submitted)
        {
            await FinishAsync(S.Setup!.Ticket, "attempt.submitted");
        }

        return CommandReply.Ok;
    }

    public async Task<AttemptResult?> ForceSubmitAsync(string actor)
    {
        if (S.Setup is not null && S.StartedAt is not null && S.Status != AttemptStatus.Submitted)
        {
            await FinishAsync(actor, "attempt.closed");
        }

        return S.StartedAt is null ? null : S.Result;
    }

    public Task TerminateAsync(string actor) =>
        S.Status is AttemptStatus.Running or AttemptStatus.Paused ? FinishAsync(actor, "attempt.terminated") : Task.CompletedTask;

    public Task VoidResultAsync(string actor) => Recorder.VoidAsync(actor);
    public Task<AttemptResult?> GetResultAsync() => Task.FromResult(S.Result);
    public Task<PaperRecord?> GetPaperRecordAsync() => Task.FromResult(S.Record());

    public Task<RegradeLine?> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason) =>
        Recorder.RegradeAsync(correctedBankVersion, dryRun, actor, reason);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == FactOutbox.Reminder)
        {
            await Recorder.RetryFactsAsync();
        }
        else if (reminderName == DeadlineAlarm.Reminder && (S.Status == AttemptStatus.Submitted || S.Setup is null))
        {
            await Recorder.DeliverPendingAsync();   // a hand-in whose delivery failed keeps the reminder until it arrives
            await Alarm.ClearReminderAsync();
        }
        else if (reminderName == DeadlineAlarm.Reminder)
        {
            await SubmitIfDueAsync();
        }
    }

    private static CommandReply Refuse(Refused<AttemptRefusal> refused) => CommandReply.Refuse(refused.ToReply());

    private async Task SubmitIfDueAsync()
    {
        if (S.Rules().IsDueAt(clock.GetUtcNow()))
        {
            await FinishAsync("system", "attempt.deadline");
        }
        else if (S.Status == AttemptStatus.Running)
        {
            Alarm.Arm(S.Clock());
        }
    }

    private async Task FinishAsync(string actor, string action)
    {
        Alarm.Disarm();
        await Recorder.SubmitAsync(actor, action);
        // Only now: until the result reaches the candidate (a crash, a timeout), the reminder's next tick delivers it again.
        await Alarm.ClearReminderAsync();
    }
}
