using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts;
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
            return S.Setup == setup ? CommandReply.Ok : CommandReply.Refuse("试卷已生成，不能更换 (the paper is already assembled)");
        }

        if (!TrackKey.TryParse(setup.TrackKey, out var key))
        {
            return CommandReply.Refuse($"认定方案编号 {setup.TrackKey} 格式不正确 (malformed track key)");
        }

        if (await library.CreateTrackAsync(key, setup.BankVersion, setup.RulesVersion) is not TrackOutcome.Created { Track: var track }
            || track.Component(ComponentKind.Theory) is not { } theory)
        {
            return CommandReply.Refuse($"认定方案 {setup.TrackKey} 没有理论知识考试 (no theory component)");
        }

        if (await library.PlanAsync(key.OccupationCode, setup.BankVersion, key.Level, key.WorkType) is not PaperPlanResult.Ready { Plan: var plan })
        {
            logger.PrepareRefused($"{setup.SessionId}#{setup.Seat}", "no paper plan");
            return CommandReply.Refuse("无法组卷：题库或组卷方案不可用 (no paper plan for this track)");
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
        if (S.Setup is null)
        {
            return CommandReply.Refuse("试卷尚未生成 (the paper is not assembled yet)");
        }

        if (!identityConfirmed)
        {
            return CommandReply.Refuse("人证不符，不能入场 (identity not confirmed)");
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
        if (S.Setup is null || S.CheckedInAt is null)
        {
            return CommandReply.Refuse("考生未签到 (the candidate has not checked in)");
        }

        if (S.Status != AttemptStatus.Ready)
        {
            return CommandReply.Ok;
        }

        S.StartedAt = startedAt;
        S.Status = AttemptStatus.Running;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(DeadlineReminder, Positive(Clock!.RemainingAt(clock.GetUtcNow())), TimeSpan.FromMinutes(1));
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
        if (S.Status != AttemptStatus.Paused || Clock is not { } current)
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
        if (minutes <= 0)
        {
            return CommandReply.Refuse("延时必须为正的分钟数 (extra time must be a positive number of minutes)");
        }

        var rule = new ExtraTimeRule(Math.Max(0, ceilingMinutes));
        if (!rule.Allows(S.Extra, TimeSpan.FromMinutes(minutes)))
        {
            return CommandReply.Refuse(
                $"每名考生累计延时不得超过 {rule.CeilingMinutes} 分钟，已延时 {S.Extra.TotalMinutes:0} 分钟，最多还可延时 {rule.RemainingAfter(S.Extra).TotalMinutes:0} 分钟 " +
                $"(extra time for one candidate is capped at {rule.CeilingMinutes} minutes in total; {S.Extra.TotalMinutes:0} granted, at most {rule.RemainingAfter(S.Extra).TotalMinutes:0} more)");
        }

        if (S.Status is not (AttemptStatus.Running or AttemptStatus.Paused or AttemptStatus.Ready) || S.Setup is null)
        {
            return CommandReply.Refuse("已交卷，不能延时 (the attempt is already submitted)");
        }

        if (Clock is { } current && current.IsOverAt(clock.GetUtcNow()))
        {
            return CommandReply.Refuse("考试时间已到，不能再延时 (time is already up)");
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
        var questions = S.Questions.Select((q, index) => Show(bank, q, index)).ToList();
        var current = Clock;
        var remaining = current?.RemainingAt(now) ?? TimeSpan.FromMinutes(setup.Minutes);
        var deadline = current is { IsPaused: false } ? current.DeadlineAt(now) : (DateTimeOffset?)null;
        return new CandidatePaper(S.Status, S.Result is null ? deadline : null, S.Result is null ? remaining : TimeSpan.Zero, questions, setup.Seat, setup.Ticket);
    }

    /// <inheritdoc />
    public Task<AttemptProgress> GetProgressAsync()
    {
        var remaining = S.Result is not null ? TimeSpan.Zero
            : Clock is { } current ? current.RemainingAt(clock.GetUtcNow())
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
        var current = Clock;
        var remaining = current?.RemainingAt(now) ?? TimeSpan.Zero;
        var refusal = S.Status switch
        {
            AttemptStatus.Submitted => "已交卷，答案不能再修改 (already submitted)",
            AttemptStatus.Paused => "考试已暂停，请等待监考员恢复 (the sitting is paused)",
            AttemptStatus.Ready => "考试尚未开始 (the exam has not started)",
            _ when current is null || current.IsOverAt(now) => "考试时间已到，答案未保存 (time is up; the answer was not saved)",
            _ when index < 0 || index >= S.Questions.Count => "题号不存在 (no such question)",
            _ => null,
        };
        if (refusal is not null)
        {
            return new SaveReply(false, refusal, remaining);
        }

        var question = S.Questions[index];
        if (ToStored(question, choices) is not { } stored)
        {
            return new SaveReply(false, "答案格式不正确 (the answer does not fit the question)", remaining);
        }

        if (stored.Count == 0)
        {
            Saved.Remove(index);
        }
        else
        {
            Saved[index] = stored;
        }

        await sheet.WriteStateAsync();
        return new SaveReply(true, null, remaining);
    }

    /// <inheritdoc />
    public async Task<CommandReply> SubmitAsync()
    {
        var now = clock.GetUtcNow();
        if (S.Status == AttemptStatus.Submitted)
        {
            return CommandReply.Ok;
        }

        if (S.Status != AttemptStatus.Running || S.StartedAt is not { } started)
        {
            return CommandReply.Refuse("考试未在进行中，不能交卷 (the exam is not running)");
        }

        if (now - started - S.Paused < SessionTiming.Default.EarliestHandIn && !Clock!.IsOverAt(now))
        {
            return CommandReply.Refuse($"开考 {SessionTiming.Default.EarliestHandIn.TotalMinutes:0} 分钟内不得交卷 (no hand-in during the first minutes)");
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

        var regrade = Regrading.Regrade(ToPaper(), Answers(), original, corrected, Policy);
        var line = new RegradeLine(IdentityNumber.Mask(setup.IdNumber), setup.Seat, regrade.OldScore, regrade.NewScore, regrade.ChangedItemIds);
        if (dryRun || !regrade.Changes)
        {
            return regrade.Changes ? line : null;
        }

        S.Result = result with { Score = regrade.NewScore };
        S.GradedVersion = correctedBankVersion;
        var regraded = ObjectiveGrader.Grade(AnswerKey.ForRevision(ToPaper(), corrected), Answers(), Policy);
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

    private AttemptClock? Clock => S.StartedAt is { } started && S.Setup is { } setup
        ? AttemptClock.Restore(started, TimeSpan.FromMinutes(setup.Minutes), S.Extra, S.Paused, S.PausedSince)
        : null;

    private MultipleChoicePolicy Policy => Enum.TryParse<MultipleChoicePolicy>(S.MultipleChoice, out var policy) ? policy : MultipleChoicePolicy.AllOrNothing;

    private async Task SubmitIfDueAsync()
    {
        if (S.Status == AttemptStatus.Running && Clock is { } current && current.IsOverAt(clock.GetUtcNow()))
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
        var grade = ObjectiveGrader.Grade(ToPaper(), bank, Answers(), Policy);
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
        if (Clock is not { } current)
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

    private Paper ToPaper()
    {
        var setup = S.Setup!;
        return new Paper(S.BankId, setup.BankVersion, S.Level, S.WorkType, setup.SessionSeed, setup.Seat, S.Questions.Select(ToPaperQuestion).ToList());
    }

    private Dictionary<int, IReadOnlyList<string>> Answers() => Saved.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value);

    private ShownQuestion Show(Bank bank, QuestionState question, int index)
    {
        var item = bank.FindItem(question.ItemId);
        var saved = Saved.TryGetValue(index, out var stored) ? ToDisplay(question, stored) : [];
        IReadOnlyList<ShownOption> options = question.Type == "judge"
            ? [new ShownOption(DisplayLabels.True, "正确"), new ShownOption(DisplayLabels.False, "错误")]
            : question.OptionOrder.Select((label, i) => new ShownOption(DisplayLabels.ForPosition(i), item?.Options.FirstOrDefault(o => o.Label == label)?.Text ?? "")).ToList();
        return new ShownQuestion(index, question.Type, item?.Stem ?? "", options, question.Points, saved);
    }

    // The browser sends display labels (A, B … or true/false); the attempt keeps stored labels so a regrade needs no mapping.
    private static List<string>? ToStored(QuestionState question, IReadOnlyList<string> choices)
    {
        var paperQuestion = ToPaperQuestion(question);
        var distinct = choices.Select(c => c.Trim()).Where(c => c.Length > 0)
            .Select(c => paperQuestion.Type == ItemType.Judge ? c.ToLowerInvariant() : c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        if (paperQuestion.Type != ItemType.Multiple && distinct.Count > 1)
        {
            return null;
        }

        return DisplayLabels.ToStored(paperQuestion, distinct)?.ToList();
    }

    private static List<string> ToDisplay(QuestionState question, List<string> stored)
    {
        var paperQuestion = ToPaperQuestion(question);
        return stored.Select(s => DisplayLabels.ToDisplay(paperQuestion, s)).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    private static PaperQuestion ToPaperQuestion(QuestionState q) =>
        new(q.ItemId, q.ItemVersion, ItemTypes.Parse(q.Type)!.Value, q.Points, q.Cell, q.OptionOrder);
}
