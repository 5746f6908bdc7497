using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;
using CertEngine.Domain;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Records;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Practical;

/// <summary>
/// One candidate's practical (操作技能) or 综合评审 attempt: tasks drawn by station, blind sheets from the assigned
/// assessors only, the chief's adjudication, and the part score once every task is final.
/// </summary>
public sealed class PracticalAttemptGrain(
    [PersistentState("practical", StorageNames.Exams)] IPersistentState<PracticalAttemptState> state,
    ExamLibrary library,
    IFactStore facts,
    TimeProvider clock,
    ILogger<PracticalAttemptGrain> logger) : Grain, IPracticalAttemptGrain, IRemindable
{
    private PracticalAttemptState S => state.State;

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
        if (S.Setup is not null)
        {
            return S.Setup == setup ? CommandReply.Ok : CommandReply.Refuse("考题已抽定，不能更换 (the tasks are already drawn)");
        }

        if (await ContextAsync(setup) is not { } context)
        {
            return CommandReply.Refuse($"认定方案 {setup.TrackKey} 没有该考核项目 (the track has no such component)");
        }

        IReadOnlyList<PracticalTask> tasks;
        if (setup.Component == ExamComponent.Review)
        {
            tasks = [ReviewPanelScoring.Task];
        }
        else if (ExamLibrary.PracticalBlueprint(context.Bank, context.Level, context.WorkType) is { } blueprint)
        {
            tasks = PracticalDraw.Draw(context.Bank, blueprint, setup.SessionSeed, setup.Seat);
        }
        else
        {
            return CommandReply.Refuse("题库没有该等级的操作技能组卷方案 (no practical blueprint)");
        }

        S.Setup = setup;
        S.Tasks = tasks.Select(t => t.Id).ToList();
        S.SatOn = ChinaTime.Today(clock);
        S.PassMark = context.Component.PassMark;
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ReassignAsync(IReadOnlyList<string> assessors, string? chiefAssessor)
    {
        if (S.Setup is not { } setup)
        {
            return CommandReply.Refuse("考题尚未抽定 (the tasks are not drawn yet)");
        }

        if (S.Sheets.Values.Any(sheets => sheets.Count > 0))
        {
            return CommandReply.Refuse("已有评分表签署，不能更换考评员 (a score sheet is already signed: assessors can no longer change)");
        }

        S.Setup = setup with { Assessors = assessors.ToList(), ChiefAssessor = chiefAssessor };
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<AssessorView?> GetAssessorViewAsync(string assessorId)
    {
        if (S.Setup is not { } setup || !IsAssigned(assessorId) || await ContextAsync(setup) is not { } context)
        {
            return null;
        }

        var tasks = S.Tasks.Select(id => FindTask(context.Bank, id)).OfType<PracticalTask>().Select(task => new TaskAssignment(
            task.Id,
            task.Title,
            task.Points,
            task.Criteria.Select(c => new RubricLine(c.Id, c.Name, c.Points, c.Standard)).ToList(),
            task.Vetoes,
            Sheet(task.Id, assessorId))).ToList();
        return new AssessorView(setup.Ticket, setup.Seat, tasks);
    }

    /// <inheritdoc />
    public async Task<CommandReply> SubmitSheetAsync(string assessorId, string taskId, ScoreSheet sheet)
    {
        if (S.Setup is not { } setup || await ContextAsync(setup) is not { } context)
        {
            return CommandReply.Refuse("考题尚未抽定 (no tasks drawn yet)");
        }

        if (!IsAssigned(assessorId))
        {
            return CommandReply.Refuse("您未被分配评定该考生 (you are not assigned to this candidate)");
        }

        if (!S.Tasks.Contains(taskId) || FindTask(context.Bank, taskId) is not { } task)
        {
            return CommandReply.Refuse($"该考生没有考题 {taskId} (no such task for this candidate)");
        }

        var sheets = SheetsOf(taskId);
        if (sheets.ContainsKey(assessorId))
        {
            return CommandReply.Refuse("评分记录已签署，不能修改 (your sheet is already signed)");
        }

        if (sheets.Count >= context.Policy.Assessors)
        {
            return CommandReply.Refuse($"本题已有 {sheets.Count} 名考评员评分，无需再评 (this task already has its {sheets.Count} sheets)");
        }

        var domainSheet = new AssessorSheet(assessorId, sheet.Awarded, sheet.Vetoes, sheet.Remark);
        if (TaskScoring.Validate(task, domainSheet) is { Count: > 0 } problems)
        {
            return CommandReply.Refuse(string.Join("；", problems));
        }

        sheets[assessorId] = new SheetState
        {
            Awarded = new Dictionary<string, decimal>(sheet.Awarded),
            Vetoes = sheet.Vetoes.ToList(),
            Remark = sheet.Remark,
            SignedAt = clock.GetUtcNow(),
        };
        S.UnrecordedFacts.Add(new PracticalSheetFact($"practical/{this.GetPrimaryKeyString()}/{taskId}/sheet/{assessorId}", clock.GetUtcNow(),
            this.GetPrimaryKeyString(), setup.SessionId, setup.Seat, setup.TrackKey, setup.IdNumber, context.Bank.Occupation.Code, setup.BankVersion, taskId, assessorId,
            domainSheet.Total, string.Join(",", sheet.Vetoes), sheet.Remark ?? "", sheet.Awarded.Select(a => new CriterionMark(a.Key, a.Value)).ToList()));
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject(setup), assessorId, "practical.sheet-signed", "",
            $"station {setup.Seat} task {taskId}: {domainSheet.Total}{(sheet.Vetoes.Count > 0 ? " veto " + string.Join(",", sheet.Vetoes) : "")}");
        await RecordIfCompleteAsync(setup, context);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> AdjudicateAsync(string chiefId, string taskId, decimal score, string reason)
    {
        if (S.Setup is not { } setup || await ContextAsync(setup) is not { } context)
        {
            return CommandReply.Refuse("考题尚未抽定 (no tasks drawn yet)");
        }

        if (setup.ChiefAssessor != chiefId)
        {
            return CommandReply.Refuse("只有考评组长可以裁定 (only the chief assessor adjudicates)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandReply.Refuse("裁定须注明理由 (an adjudication needs a reason)");
        }

        if (!S.Tasks.Contains(taskId) || FindTask(context.Bank, taskId) is not { } task)
        {
            return CommandReply.Refuse($"该考生没有考题 {taskId} (no such task for this candidate)");
        }

        if (Outcome(task, context.Policy) is not TaskOutcome.NeedsAdjudication)
        {
            return CommandReply.Refuse("该题不需要裁定 (this task is not held for adjudication)");
        }

        if (score < 0 || score > task.Points)
        {
            return CommandReply.Refuse($"裁定分数须在 0 到 {task.Points} 之间 (score out of range)");
        }

        S.Adjudications[taskId] = new AdjudicationState { Score = score, Reason = reason, Chief = chiefId, At = clock.GetUtcNow() };
        S.UnrecordedFacts.Add(new AdjudicationFact($"practical/{this.GetPrimaryKeyString()}/{taskId}/adjudication", clock.GetUtcNow(), this.GetPrimaryKeyString(),
            setup.SessionId, taskId, chiefId, score, reason));
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject(setup), chiefId, "practical.adjudicated", reason, $"station {setup.Seat} task {taskId}: {score}");
        await RecordIfCompleteAsync(setup, context);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<PracticalStatus?> GetStatusAsync()
    {
        if (S.Setup is not { } setup || await ContextAsync(setup) is not { } context)
        {
            return null;
        }

        var tasks = S.Tasks.Select(id => FindTask(context.Bank, id)).OfType<PracticalTask>().Select(task =>
        {
            var sheetsIn = SheetsOf(task.Id).Count;
            return Outcome(task, context.Policy) switch
            {
                TaskOutcome.Scored s => new Contracts.Practical.TaskStatus(task.Id, "scored", sheetsIn, context.Policy.Assessors, s.Score, s.Vetoed),
                TaskOutcome.Adjudicated a => new Contracts.Practical.TaskStatus(task.Id, "adjudicated", sheetsIn, context.Policy.Assessors, a.Score, false),
                TaskOutcome.NeedsAdjudication => new Contracts.Practical.TaskStatus(task.Id, "adjudication", sheetsIn, context.Policy.Assessors, null, false),
                _ => new Contracts.Practical.TaskStatus(task.Id, "awaiting", sheetsIn, context.Policy.Assessors, null, false),
            };
        }).ToList();
        return new PracticalStatus(setup.Component, tasks, S.Score, S.Score is { } score ? score >= S.PassMark : null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AdjudicationCase>> GetAdjudicationCasesAsync(string chiefId)
    {
        if (S.Setup is not { } setup || setup.ChiefAssessor != chiefId || await ContextAsync(setup) is not { } context)
        {
            return [];
        }

        // The chief alone sees the marks side by side, and only once the task is held: until then scoring stays blind.
        var cases = S.Tasks.Select(id => FindTask(context.Bank, id)).OfType<PracticalTask>()
            .Where(task => Outcome(task, context.Policy) is TaskOutcome.NeedsAdjudication)
            .Select(task => new AdjudicationCase(
                task.Id,
                task.Title,
                task.Points,
                task.Criteria.Select(c => new RubricLine(c.Id, c.Name, c.Points, c.Standard)).ToList(),
                task.Vetoes,
                SheetsOf(task.Id).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SignedSheet(
                    s.Key,
                    new ScoreSheet(s.Value.Awarded, s.Value.Vetoes, s.Value.Remark),
                    new AssessorSheet(s.Key, s.Value.Awarded, s.Value.Vetoes, s.Value.Remark).Total,
                    s.Value.SignedAt)).ToList()))
            .ToList();
        return cases;
    }

    private async Task RecordIfCompleteAsync(AttemptSetup setup, PracticalContext context)
    {
        var final = new List<(PracticalTask Task, decimal Score, bool FailsComponent)>();
        foreach (var id in S.Tasks)
        {
            var task = FindTask(context.Bank, id)!;
            switch (Outcome(task, context.Policy))
            {
                case TaskOutcome.Scored s:
                    final.Add((task, s.Score, s.FailsComponent));
                    break;
                case TaskOutcome.Adjudicated a:
                    final.Add((task, a.Score, false));
                    break;
                default:
                    return;
            }
        }

        decimal score;
        bool failed;
        if (setup.Component == ExamComponent.Review)
        {
            (score, failed) = (final[0].Score, final[0].FailsComponent);
        }
        else
        {
            var part = PracticalComponentScoring.Combine(context.Bank, context.Level, final);
            (score, failed) = (part.Score, part.Failed);
        }

        // A 否决项 whose effect is "the part fails" records the part at zero: no score may pass it.
        S.Score = failed ? 0m : score;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICandidateGrain>(setup.IdNumber).RecordResultAsync(new ComponentResultRecord(
            setup.TrackKey, setup.Component, S.Score.Value, S.PassMark, S.SatOn, setup.SessionId, false));
        await GrainFactory.AuditAsync(clock, Subject(setup), "system", "practical.scored", failed ? "否决项：本部分不合格" : "",
            $"station {setup.Seat}: {S.Score} (computed {score})");
    }

    private TaskOutcome Outcome(PracticalTask task, PracticalPolicy policy)
    {
        var sheets = SheetsOf(task.Id).Select(s => new AssessorSheet(s.Key, s.Value.Awarded, s.Value.Vetoes, s.Value.Remark)).ToList();
        return S.Adjudications.TryGetValue(task.Id, out var decision)
            ? TaskScoring.Adjudicate(task, sheets, decision.Score, decision.Reason)
            : TaskScoring.Combine(task, sheets, policy);
    }

    private Dictionary<string, SheetState> SheetsOf(string taskId)
    {
        if (!S.Sheets.TryGetValue(taskId, out var sheets))
        {
            S.Sheets[taskId] = sheets = [];
        }

        return sheets;
    }

    private ScoreSheet? Sheet(string taskId, string assessorId) =>
        S.Sheets.TryGetValue(taskId, out var sheets) && sheets.TryGetValue(assessorId, out var sheet)
            ? new ScoreSheet(sheet.Awarded, sheet.Vetoes, sheet.Remark)
            : null;

    private bool IsAssigned(string assessorId) => S.Setup is { } setup && setup.Assessors.Contains(assessorId);

    private static PracticalTask? FindTask(Bank bank, string id) =>
        id == ReviewPanelScoring.Task.Id ? ReviewPanelScoring.Task : bank.Tasks.FirstOrDefault(t => t.Id == id);

    private Task<bool> FlushFactsAsync(bool persist) =>
        FactOutbox.FlushAsync(this, facts, S.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, LogLabel);

    private string LogLabel => S.Setup is { } setup ? $"practical {setup.SessionId}#{setup.Seat}" : "practical (unprepared)";

    private static string Subject(AttemptSetup setup) => $"session/{setup.SessionId}";

    private async Task<PracticalContext?> ContextAsync(AttemptSetup setup)
    {
        var kind = setup.Component == ExamComponent.Review ? ComponentKind.Review : ComponentKind.Practical;
        return TrackKey.TryParse(setup.TrackKey, out var key)
            && await library.CreateTrackAsync(key, setup.BankVersion, setup.RulesVersion) is TrackOutcome.Created { Track: var track }
            && track.Component(kind) is { } component
            && await library.FindBankAsync(key.OccupationCode, setup.BankVersion) is { } bank
            ? new PracticalContext(bank, key.Level ?? Occupation.SpecialtyLevel, key.WorkType, component, component.Scoring ?? PracticalPolicy.Default)
            : null;
    }

    private sealed record PracticalContext(Bank Bank, int Level, string? WorkType, TrackComponent Component, PracticalPolicy Policy);
}
