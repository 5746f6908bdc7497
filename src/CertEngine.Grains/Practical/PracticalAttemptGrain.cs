using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts;
using CertEngine.Domain.Practical;
using CertEngine.Domain;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Records;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Practical;

/// <summary>
/// One candidate's practical (操作技能) or 综合评审 attempt: tasks drawn by station, blind sheets from the assigned
/// assessors only, the chief's adjudication, and the part score once every task is final. The rules are
/// <see cref="PracticalAttempt"/>'s; this grain loads, asks, saves, appends the facts and replies.
/// </summary>
[CollectionAgeLimit(Minutes = IdleGrains.Minutes)]
public sealed class PracticalAttemptGrain(
    [PersistentState("practical", StorageNames.Exams)] IPersistentState<PracticalAttemptState> state,
    ExamLibrary library,
    IFactStore facts,
    TimeProvider clock,
    ILogger<PracticalAttemptGrain> logger) : Grain, IPracticalAttemptGrain, IRemindable
{
    private PracticalAttemptState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await FlushFactsAsync(persist: true);
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == FactOutbox.Reminder
        ? FactOutbox.RetryAsync(this, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, LogLabel)
        : Task.CompletedTask;

    /// <inheritdoc />
    public async Task<CommandReply> PrepareAsync(AttemptSetup setup)
    {
        var rules = S.Rules();
        if (rules.Prepare(S.Setup == setup) is { } refused)
        {
            return Refuse(refused);
        }

        if (!rules.DrawsNow)
        {
            return CommandReply.Ok;
        }

        if (await PracticalContext.LoadAsync(library, setup) is not { } context)
        {
            return Refuse(Refused.Of(PracticalRefusal.NoSuchComponent, setup.TrackKey));
        }

        var blueprint = ExamLibrary.PracticalBlueprint(context.Bank, context.Level, context.WorkType);
        if (PracticalAttempt.Draw(setup.Component.Kind(), context.Bank, blueprint, setup.SessionSeed, setup.Seat, context.Level) is not { } tasks)
        {
            return Refuse(PracticalRefusal.NoPracticalBlueprint);
        }

        S.Setup = setup;
        S.Tasks = [.. tasks.Select(t => t.Id)];
        S.ReviewQuestions = [.. PracticalAttempt.ReviewQuestions(setup.Component.Kind(), context.Bank, context.Level, setup.SessionSeed, setup.Seat)];
        S.SatOn = ChinaTime.Today(clock);
        S.PassMark = context.Component.PassMark;
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ReassignAsync(IReadOnlyList<string> assessors, string? chiefAssessor)
    {
        if (S.Rules().Reassign() is { } refused)
        {
            return Refuse(refused);
        }

        S.Setup = S.Setup! with { Assessors = assessors.ToList(), ChiefAssessor = chiefAssessor };
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<AssessorView?> GetAssessorViewAsync(string assessorId)
    {
        if (S.Setup is not { } setup || !S.Rules().IsAssigned(assessorId) || await PracticalContext.LoadAsync(library, setup) is not { } context)
        {
            return null;
        }

        return new AssessorView(setup.Ticket, setup.Seat, S.Rules(context).Tasks.Select(task => S.Assignment(task, assessorId)).ToList());
    }

    /// <inheritdoc />
    public async Task<CommandReply> SubmitSheetAsync(string assessorId, string taskId, ScoreSheet sheet)
    {
        if (await ContextAsync() is not { } context)
        {
            return Refuse(PracticalRefusal.TasksNotDrawn);
        }

        var signed = sheet.ToDomain(assessorId);
        if (S.Rules(context).SubmitSheet(taskId, signed) is { } refused)
        {
            return Refuse(refused);
        }

        var setup = S.Setup!;
        var now = clock.GetUtcNow();
        S.SheetsOf(taskId)[assessorId] = sheet.ToState(now);
        S.UnrecordedFacts.Add(S.SheetFact(Key, context, taskId, signed, now));
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject(setup), assessorId, "practical.sheet-signed", "",
            $"station {setup.Seat} task {taskId}: {signed.Total}{(sheet.Vetoes.Count > 0 ? " veto " + string.Join(",", sheet.Vetoes) : "")}");
        await RecordIfCompleteAsync(setup, context);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> AdjudicateAsync(string chiefId, string taskId, decimal score, string reason)
    {
        if (await ContextAsync() is not { } context)
        {
            return Refuse(PracticalRefusal.TasksNotDrawn);
        }

        if (S.Rules(context).Adjudicate(chiefId, taskId, score, reason) is { } refused)
        {
            return Refuse(refused);
        }

        var setup = S.Setup!;
        var now = clock.GetUtcNow();
        S.Adjudications[taskId] = new AdjudicationState { Score = score, Reason = reason, Chief = chiefId, At = now };
        S.UnrecordedFacts.Add(new AdjudicationFact($"practical/{Key}/{taskId}/adjudication", now, Key, setup.SessionId, taskId, chiefId, score, reason));
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject(setup), chiefId, "practical.adjudicated", reason, $"station {setup.Seat} task {taskId}: {score}");
        await RecordIfCompleteAsync(setup, context);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<PracticalStatus?> GetStatusAsync()
    {
        if (await ContextAsync() is not { } context)
        {
            return null;
        }

        var rules = S.Rules(context);
        var tasks = rules.Tasks.Select(task =>
            PracticalStateViews.Status(task, rules.Outcome(task), S.Sheets.GetValueOrDefault(task.Id)?.Count ?? 0, context.Policy.Assessors)).ToList();
        return new PracticalStatus(S.Setup!.Component, tasks, S.Score, S.Score is { } score ? score >= S.PassMark : null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AdjudicationCase>> GetAdjudicationCasesAsync(string chiefId)
    {
        if (await ContextAsync() is not { } context)
        {
            return [];
        }

        var rules = S.Rules(context);
        return rules.HeldFor(chiefId).Select(t => S.Case(t, rules.Policy.AdjudicationThreshold)).ToList();
    }

    private async Task RecordIfCompleteAsync(AttemptSetup setup, PracticalContext context)
    {
        if (S.Rules(context).Part(context.Bank, context.Level, context.WorkType) is not { } part)
        {
            return;
        }

        S.Score = part.Recorded;
        await state.WriteStateAsync();
        await DeliverResultAsync(setup, part.Recorded);
        // The reason is a stable token for the audit trail, not words: the part failed on a 否决项 whatever it scored.
        await GrainFactory.AuditAsync(clock, Subject(setup), "system", "practical.scored", part.Failed ? "veto.component-fails" : "",
            $"station {setup.Seat}: {part.Recorded} (computed {part.Score})");
    }

    public async Task VoidResultAsync(string actor)
    {
        if (S.Voided || S.Setup is not { } setup)
        {
            return;
        }

        S.Voided = true;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject(setup), actor, "practical.voided", "", $"station {setup.Seat}");
        if (S.Score is { } score)
        {
            await DeliverResultAsync(setup, score);
        }
    }

    private Task DeliverResultAsync(AttemptSetup setup, decimal score) =>
        GrainFactory.GetGrain<ICandidateGrain>(setup.IdNumber).RecordResultAsync(new ComponentResultRecord(
            setup.TrackKey, setup.Component, score, S.PassMark, S.SatOn, setup.SessionId, S.Voided));

    private async Task<PracticalContext?> ContextAsync() =>
        S.Setup is { } setup ? await PracticalContext.LoadAsync(library, setup) : null;

    private static CommandReply Refuse(Refused<PracticalRefusal> refused) => RefusalCodes.Refuse(refused);

    private Task<bool> FlushFactsAsync(bool persist) =>
        FactOutbox.FlushAsync(this, facts, S.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, LogLabel);

    private string LogLabel => S.Setup is { } setup ? $"practical {setup.SessionId}#{setup.Seat}" : "practical (unprepared)";

    private static string Subject(AttemptSetup setup) => $"session/{setup.SessionId}";
}
