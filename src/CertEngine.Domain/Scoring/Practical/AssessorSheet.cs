namespace CertEngine.Domain.Scoring;

/// <summary>
/// One assessor's (考评员) independent score of one candidate's practical task, item by item (测评记录).
/// </summary>
/// <param name="AssessorId">Who scored; one sheet per assessor.</param>
/// <param name="Awarded">
/// Points awarded per rubric criterion id, each from 0 to the criterion's maximum (both inclusive). For a task with
/// no rubric (a 综合评审 panel), a single entry under <see cref="TotalKey"/>.
/// </param>
/// <param name="Vetoes">0-based indices into the task's 否决项 (veto items) that the assessor saw triggered.</param>
/// <param name="Remark">Free text the assessor adds, if any.</param>
/// <remarks>Check a sheet with <see cref="TaskScoring.Validate"/> before it counts.</remarks>
public sealed record AssessorSheet(string AssessorId, IReadOnlyDictionary<string, decimal> Awarded, IReadOnlyList<int> Vetoes, string? Remark)
{
    /// <summary>The key of the one entry of a sheet for a task without rubric (a 综合评审 panel score).</summary>
    public const string TotalKey = "total";

    /// <summary>The sum of the awarded points, on the task's own scale, unrounded.</summary>
    public decimal Total { get; } = Awarded.Values.Sum();

    /// <summary>A sheet that gives one total and no item scores: a 综合评审 panel member's score.</summary>
    /// <param name="total">Points on the task's scale (0–100 for a panel).</param>
    public static AssessorSheet SingleTotal(string assessorId, decimal total, string? remark = null) =>
        new(assessorId, new Dictionary<string, decimal>(StringComparer.Ordinal) { [TotalKey] = total }, [], remark);
}
