using CertEngine.Contracts;
using CertEngine.Contracts.Practical;
using CertEngine.Domain.Practical;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Practical;

/// <summary>
/// The one place where the stored practical attempt is read as Domain values, where Domain values become replies, and
/// where the Domain's reasons become reply codes.
/// </summary>
/// <remarks>
/// What is stored or sent is built with <c>ToList()</c>, not a collection expression: for an <c>IReadOnlyList</c> the
/// compiler may pick a type of its own that neither the state serializer nor Orleans knows.
/// </remarks>
internal static class PracticalStateViews
{
    /// <summary>The component kind of a sitting's component (a practical attempt is never theory).</summary>
    public static ComponentKind Kind(this ExamComponent component) =>
        component == ExamComponent.Review ? ComponentKind.Review : ComponentKind.Practical;

    /// <summary>
    /// The attempt's rules over its stored state; with the library's <paramref name="context"/> they know the drawn tasks
    /// and the policy, without it (for a prepare or a reassignment) only who is assigned and what is signed.
    /// </summary>
    public static PracticalAttempt Rules(this PracticalAttemptState s, PracticalContext? context = null) => new(
        s.Setup is not null,
        s.Setup?.Component.Kind() ?? ComponentKind.Practical,
        s.Setup?.Assessors ?? [],
        s.Setup?.ChiefAssessor,
        context is null ? [] : [.. s.Tasks.Select(id => PracticalAttempt.FindTask(context.Bank, id, context.Level, s.ReviewQuestions)).OfType<PracticalTask>()],
        s.Sheets.ToDictionary(t => t.Key, t => (IReadOnlyList<AssessorSheet>)[.. t.Value.Select(a => a.Value.ToDomain(a.Key))]),
        s.Adjudications.ToDictionary(a => a.Key, a => new ChiefDecision(a.Value.Score, a.Value.Reason)),
        context?.Policy ?? PracticalPolicy.Default);

    /// <summary>A stored sheet as the Domain scores it.</summary>
    public static AssessorSheet ToDomain(this SheetState sheet, string assessorId) => new(assessorId, sheet.Awarded, sheet.Vetoes, sheet.Remark);

    /// <summary>A submitted sheet as the Domain checks it.</summary>
    public static AssessorSheet ToDomain(this ScoreSheet sheet, string assessorId) => new(assessorId, sheet.Awarded, sheet.Vetoes, sheet.Remark);

    /// <summary>A submitted sheet as stored once signed.</summary>
    public static SheetState ToState(this ScoreSheet sheet, DateTimeOffset signedAt) => new()
    {
        Awarded = new Dictionary<string, decimal>(sheet.Awarded),
        Vetoes = [.. sheet.Vetoes],
        Remark = sheet.Remark,
        SignedAt = signedAt,
    };

    /// <summary>A stored sheet as the reply shows it.</summary>
    public static ScoreSheet ToReply(this SheetState sheet) => new(sheet.Awarded, sheet.Vetoes, sheet.Remark);

    /// <summary>The signed sheets of one task (created empty the first time, so a sheet can be added to it).</summary>
    public static Dictionary<string, SheetState> SheetsOf(this PracticalAttemptState s, string taskId)
    {
        if (!s.Sheets.TryGetValue(taskId, out var sheets))
        {
            s.Sheets[taskId] = sheets = [];
        }

        return sheets;
    }

    /// <summary>One task as an assessor scores it, with their own sheet once signed (blind: no other assessor's marks).</summary>
    public static TaskAssignment Assignment(this PracticalAttemptState s, PracticalTask task, string assessorId) => new(
        task.Id, task.Title, task.Points, Rubric(task), task.Vetoes,
        s.Sheets.TryGetValue(task.Id, out var sheets) && sheets.TryGetValue(assessorId, out var own) ? own.ToReply() : null,
        task.Instructions.Length > 0 ? task.Instructions : null);

    /// <summary>A task held for the chief, with every signed sheet side by side (by assessor id).</summary>
    public static AdjudicationCase Case(this PracticalAttemptState s, PracticalTask task, decimal threshold) => new(
        task.Id, task.Title, task.Points, Rubric(task), task.Vetoes,
        (s.Sheets.GetValueOrDefault(task.Id) ?? []).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new SignedSheet(a.Key, a.Value.ToReply(), a.Value.ToDomain(a.Key).Total, a.Value.SignedAt)).ToList(),
        threshold);

    /// <summary>One task's standing as the reply names it (the status words are mapped here only).</summary>
    public static Contracts.Practical.TaskStatus Status(PracticalTask task, TaskOutcome outcome, int sheetsIn, int sheetsNeeded) => outcome switch
    {
        TaskOutcome.Scored s => new(task.Id, "scored", sheetsIn, sheetsNeeded, s.Score, s.Vetoed),
        TaskOutcome.Adjudicated a => new(task.Id, "adjudicated", sheetsIn, sheetsNeeded, a.Score, false),
        TaskOutcome.NeedsAdjudication => new(task.Id, "adjudication", sheetsIn, sheetsNeeded, null, false),
        _ => new(task.Id, "awaiting", sheetsIn, sheetsNeeded, null, false),
    };

    /// <summary>The record-store fact of a signed sheet.</summary>
    public static PracticalSheetFact SheetFact(this PracticalAttemptState s, string attemptKey, PracticalContext context, string taskId, AssessorSheet sheet, DateTimeOffset at)
    {
        var setup = s.Setup!;
        return new PracticalSheetFact($"practical/{attemptKey}/{taskId}/sheet/{sheet.AssessorId}", at, attemptKey, setup.SessionId, setup.Seat,
            setup.TrackKey, setup.IdNumber, context.Bank.Occupation.Code, setup.BankVersion, taskId, sheet.AssessorId, sheet.Total,
            string.Join(",", sheet.Vetoes), sheet.Remark ?? "", sheet.Awarded.Select(a => new CriterionMark(a.Key, a.Value)).ToList());
    }

    private static List<RubricLine> Rubric(PracticalTask task) => [.. task.Criteria.Select(c => new RubricLine(c.Id, c.Name, c.Points, c.Standard))];
}
