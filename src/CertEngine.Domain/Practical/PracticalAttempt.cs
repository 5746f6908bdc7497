using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Practical;

/// <summary>
/// The rules of one candidate's practical (操作技能) or 综合评审 attempt, as a value: who may sign a sheet for which task
/// and when, who adjudicates, when the assessors may still change, and the part score once every task is final. The
/// grain loads its state (and the drawn tasks from the bank) into one, asks, and saves what it allows.
/// </summary>
/// <param name="Drawn">Whether the tasks are drawn (the attempt is prepared).</param>
/// <param name="Kind">Whether this is a <see cref="ComponentKind.Practical"/> or a <see cref="ComponentKind.Review"/> attempt.</param>
/// <param name="Assessors">The candidate's 考评小组: the assessors who may sign sheets.</param>
/// <param name="Chief">The chief assessor (考评组长), who alone adjudicates; <see langword="null"/> when none is named.</param>
/// <param name="Tasks">The drawn tasks, in order, as the bank has them; empty when the bank was not read.</param>
/// <param name="Sheets">Every signed sheet by task id, in the order they were signed.</param>
/// <param name="Decisions">The chief's decisions by task id.</param>
/// <param name="Policy">How the sheets of one task combine.</param>
public sealed record PracticalAttempt(
    bool Drawn,
    ComponentKind Kind,
    IReadOnlyList<string> Assessors,
    string? Chief,
    IReadOnlyList<PracticalTask> Tasks,
    IReadOnlyDictionary<string, IReadOnlyList<AssessorSheet>> Sheets,
    IReadOnlyDictionary<string, ChiefDecision> Decisions,
    PracticalPolicy Policy)
{
    /// <summary>
    /// The tasks of a seat: the review panel's one task for 综合评审 (with the level's review material, its criteria and
    /// the seat's 答辩 questions), else the practical blueprint's draw; <see langword="null"/> for a practical attempt
    /// whose bank has no practical blueprint.
    /// </summary>
    public static IReadOnlyList<PracticalTask>? Draw(ComponentKind kind, Bank bank, Blueprint? practicalBlueprint, ulong seed, int seat, int level) =>
        kind == ComponentKind.Review ? [FindTask(bank, ReviewPanelScoring.TaskId, level, ReviewQuestions(kind, bank, level, seed, seat))!]
        : practicalBlueprint is null ? null
        : PracticalDraw.Draw(bank, practicalBlueprint, seed, seat);

    /// <summary>The ids of a review seat's 答辩 questions (<see cref="ReviewPanelScoring.Draw"/>); empty without review material.</summary>
    public static IReadOnlyList<string> ReviewQuestions(ComponentKind kind, Bank bank, int level, ulong seed, int seat)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return kind == ComponentKind.Review && bank.ReviewFor(level) is { } material
            ? [.. ReviewPanelScoring.Draw(material, seed, seat).Select(q => q.Id)]
            : [];
    }

    /// <summary>
    /// A drawn task by id: the review panel's task, or the bank's; <see langword="null"/> when neither has it. The review's
    /// task is built from the level's material with the questions asked; without material or questions (an attempt drawn
    /// before its bank had material) it is the rubric-less 100-point task.
    /// </summary>
    public static PracticalTask? FindTask(Bank bank, string id, int level = 0, IReadOnlyList<string>? askedQuestions = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        if (id != ReviewPanelScoring.TaskId)
        {
            return bank.Tasks.FirstOrDefault(t => t.Id == id);
        }

        return bank.ReviewFor(level) is { } material && askedQuestions is { Count: > 0 }
            ? ReviewPanelScoring.TaskFor(material, [.. askedQuestions.Select(q => material.Questions.FirstOrDefault(x => x.Id == q)).OfType<ReviewQuestion>()])
            : ReviewPanelScoring.Task;
    }

    /// <summary>
    /// May the attempt be prepared? Preparing again with the same setup (<paramref name="sameSetup"/>) is allowed and
    /// changes nothing (see <see cref="DrawsNow"/>); another setup cannot replace drawn tasks.
    /// </summary>
    public Refused<PracticalRefusal>? Prepare(bool sameSetup) =>
        Drawn && !sameSetup ? PracticalRefusal.TasksAlreadyDrawn : null;

    /// <summary>Whether a prepare request draws the tasks now (only before they are drawn).</summary>
    public bool DrawsNow => !Drawn;

    /// <summary>May the candidate get another 考评小组? Only once drawn and before any sheet is signed, so no mark changes hands.</summary>
    public Refused<PracticalRefusal>? Reassign() =>
        !Drawn ? PracticalRefusal.TasksNotDrawn
        : Sheets.Values.Any(sheets => sheets.Count > 0) ? PracticalRefusal.AssessorsFixedBySignedSheet
        : null;

    /// <summary>Whether <paramref name="assessorId"/> belongs to the candidate's 考评小组 (compared exactly).</summary>
    public bool IsAssigned(string assessorId) => Drawn && Assessors.Contains(assessorId, StringComparer.Ordinal);

    /// <summary>
    /// May <paramref name="sheet"/>'s assessor sign it for task <paramref name="taskId"/>? Only an assigned assessor,
    /// once per task, while the task has fewer sheets than the policy's assessors, and only a sheet that fits the rubric
    /// (<see cref="TaskScoring.Validate"/>; the first problem is the reason).
    /// </summary>
    public Refused<PracticalRefusal>? SubmitSheet(string taskId, AssessorSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!Drawn)
        {
            return PracticalRefusal.TasksNotDrawn;
        }

        if (!IsAssigned(sheet.AssessorId))
        {
            return PracticalRefusal.NotAssigned;
        }

        if (Task(taskId) is not { } task)
        {
            return Refused.Of(PracticalRefusal.NoSuchTask, taskId);
        }

        var signed = SheetsOf(taskId);
        if (signed.Any(s => s.AssessorId == sheet.AssessorId))
        {
            return PracticalRefusal.SheetAlreadySigned;
        }

        if (signed.Count >= Policy.Assessors)
        {
            return Refused.Of(PracticalRefusal.TaskFullySheeted, signed.Count);
        }

        return TaskScoring.Validate(task, sheet) is [var first, ..] ? first : null;
    }

    /// <summary>
    /// May <paramref name="chiefId"/> decide task <paramref name="taskId"/> at <paramref name="score"/>? Only the chief,
    /// with a reason, on a task now held for adjudication, with a score from 0 to the task's points (inclusive).
    /// </summary>
    public Refused<PracticalRefusal>? Adjudicate(string chiefId, string taskId, decimal score, string reason)
    {
        if (!Drawn)
        {
            return PracticalRefusal.TasksNotDrawn;
        }

        if (Chief is null || Chief != chiefId)
        {
            return PracticalRefusal.OnlyChiefAdjudicates;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return PracticalRefusal.AdjudicationNeedsReason;
        }

        if (Task(taskId) is not { } task)
        {
            return Refused.Of(PracticalRefusal.NoSuchTask, taskId);
        }

        if (Outcome(task) is not TaskOutcome.NeedsAdjudication)
        {
            return PracticalRefusal.NotHeldForAdjudication;
        }

        return score < 0 || score > task.Points ? Refused.Of(PracticalRefusal.AdjudicationOutOfRange, task.Points) : null;
    }

    /// <summary>Where one drawn task stands: the chief's decision once made, else its sheets combined under the policy.</summary>
    public TaskOutcome Outcome(PracticalTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var sheets = SheetsOf(task.Id);
        return Decisions.TryGetValue(task.Id, out var decision)
            ? TaskScoring.Adjudicate(task, sheets, decision.Score, decision.Reason)
            : TaskScoring.Combine(task, sheets, Policy);
    }

    /// <summary>
    /// The tasks held for <paramref name="chiefId"/>'s decision; none for anyone but the chief. Until a task is held,
    /// scoring stays blind: nobody sees the marks side by side.
    /// </summary>
    public IReadOnlyList<PracticalTask> HeldFor(string chiefId) =>
        Drawn && Chief is not null && Chief == chiefId ? [.. Tasks.Where(t => Outcome(t) is TaskOutcome.NeedsAdjudication)] : [];

    /// <summary>
    /// The part score once every drawn task is final (scored or adjudicated), else <see langword="null"/>: a review
    /// panel's one task is the part; practical tasks combine by the bank's 技能要求权重表 for <paramref name="level"/>
    /// (<see cref="PracticalComponentScoring.Combine"/>), the 工种's own table where it has one.
    /// </summary>
    public PracticalComponentScore? Part(Bank bank, int level, string? workType = null)
    {
        var final = new List<(PracticalTask Task, decimal Score, bool FailsComponent)>();
        foreach (var task in Tasks)
        {
            switch (Outcome(task))
            {
                case TaskOutcome.Scored s:
                    final.Add((task, s.Score, s.FailsComponent));
                    break;
                case TaskOutcome.Adjudicated a:
                    final.Add((task, a.Score, false));
                    break;
                default:
                    return null;
            }
        }

        if (final.Count == 0)
        {
            return null;
        }

        return Kind == ComponentKind.Review
            ? new PracticalComponentScore(final[0].Score, final[0].FailsComponent, [(final[0].Task.NodeId, 100m, final[0].Score)])
            : PracticalComponentScoring.Combine(bank, level, final, workType);
    }

    private PracticalTask? Task(string taskId) => Tasks.FirstOrDefault(t => t.Id == taskId);

    private IReadOnlyList<AssessorSheet> SheetsOf(string taskId) => Sheets.TryGetValue(taskId, out var sheets) ? sheets : [];
}
