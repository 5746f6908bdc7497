using CertEngine.Domain.Practical;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// Scores one candidate's practical task (技能考核) from its assessors' independent sheets (RULES.md §7).
/// </summary>
/// <remarks>
/// <para>Rounding: scores keep 2 decimals, rounded half away from zero (<see cref="MidpointRounding.AwayFromZero"/>),
/// once, after aggregation; spreads and totals are compared unrounded.</para>
/// <para>否决项: a veto item triggered on more than half of the sheets applies the policy's <see cref="VetoEffect"/>.
/// A veto item seen on at least one sheet but not on more than half goes to the chief: one assessor's view must not
/// zero a task on its own, and the others' silence must not hide a safety event either. Different veto items are
/// counted separately: two assessors each seeing a different event is not a majority for either.</para>
/// </remarks>
public static class TaskScoring
{
    /// <summary>
    /// Checks a sheet against the task's rubric: every criterion present, none unknown, each award from 0 to the
    /// criterion's maximum (inclusive) and a whole multiple of the task's <see cref="PracticalTask.MarkStep"/> (whole or
    /// half points), veto indices within the task's 否决项 and not repeated. A task without rubric
    /// takes a single <see cref="AssessorSheet.TotalKey"/> entry from 0 to the task's points.
    /// </summary>
    /// <returns>Every problem, as a reason with its values, in the order above; empty when the sheet is valid.</returns>
    public static IReadOnlyList<Refused<PracticalRefusal>> Validate(PracticalTask task, AssessorSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(sheet);
        var problems = new List<Refused<PracticalRefusal>>();
        if (string.IsNullOrWhiteSpace(sheet.AssessorId))
        {
            problems.Add(PracticalRefusal.SheetNamesNoAssessor);
        }

        if (task.Criteria.Count == 0)
        {
            CheckSingleTotal(task, sheet, problems);
        }
        else
        {
            CheckCriteria(task, sheet, problems);
        }

        var seen = new HashSet<int>();
        foreach (var veto in sheet.Vetoes)
        {
            if (veto < 0 || veto >= task.Vetoes.Count)
            {
                problems.Add(Refused.Of(PracticalRefusal.VetoOutOfRange, veto, task.Vetoes.Count));
            }
            else if (!seen.Add(veto))
            {
                problems.Add(Refused.Of(PracticalRefusal.VetoRepeated, veto));
            }
        }

        return problems;
    }

    /// <summary>
    /// Combines the sheets once the policy's number of assessors have scored: <see cref="TaskOutcome.Awaiting"/> before
    /// that, then a majority veto, a chief's decision (<see cref="TaskOutcome.NeedsAdjudication"/>) when a minority saw a
    /// veto or the spread is strictly above the threshold, else the aggregated score.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A sheet fails <see cref="Validate"/>, two sheets share an assessor, more sheets than the policy's assessors are
    /// given, or a trimmed mean is asked of fewer than three sheets: the caller should have refused them.
    /// </exception>
    public static TaskOutcome Combine(PracticalTask task, IReadOnlyList<AssessorSheet> sheets, PracticalPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.Assessors, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.AdjudicationThreshold);
        RequireValid(task, sheets);
        if (sheets.Count > policy.Assessors)
        {
            throw new ArgumentException($"{sheets.Count} sheets for {policy.Assessors} assessors", nameof(sheets));
        }

        if (sheets.Count < policy.Assessors)
        {
            return new TaskOutcome.Awaiting(sheets.Count, policy.Assessors);
        }

        var totals = sheets.Select(s => s.Total).ToList();
        var spread = totals.Max() - totals.Min();
        var vetoCounts = sheets.SelectMany(s => s.Vetoes).CountBy(v => v).Select(p => p.Value).ToList();
        if (vetoCounts.Any(count => count * 2 > sheets.Count))
        {
            return new TaskOutcome.Scored(0m, Vetoed: true, FailsComponent: policy.VetoEffect == VetoEffect.ComponentFails);
        }

        if (vetoCounts.Count > 0 || spread > policy.AdjudicationThreshold)
        {
            return new TaskOutcome.NeedsAdjudication(spread, totals);
        }

        return new TaskOutcome.Scored(Round(Aggregate(totals, policy.Aggregation)), Vetoed: false, FailsComponent: false);
    }

    /// <summary>Records the 考评组长's (chief's) decision on a held task.</summary>
    /// <param name="chiefScore">Points on the task's scale, from 0 to the task's points (inclusive).</param>
    /// <param name="reason">Why; required.</param>
    /// <exception cref="ArgumentException">A sheet is invalid, there are none, or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0..task points.</exception>
    public static TaskOutcome Adjudicate(PracticalTask task, IReadOnlyList<AssessorSheet> sheets, decimal chiefScore, string reason)
    {
        RequireValid(task, sheets);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("a chief adjudicates scored sheets, and none were given", nameof(sheets));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(chiefScore);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chiefScore, task.Points);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new TaskOutcome.Adjudicated(Round(chiefScore), reason.Trim());
    }

    /// <summary>Rounds to 2 decimals, half away from zero: the one rounding rule of practical scores.</summary>
    internal static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Aggregate(List<decimal> totals, ScoreAggregation aggregation)
    {
        var sorted = totals.Order().ToList();
        switch (aggregation)
        {
            case ScoreAggregation.Mean:
                return sorted.Average();
            case ScoreAggregation.Median:
                var middle = sorted.Count / 2;
                return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
            case ScoreAggregation.TrimmedMean:
                if (sorted.Count < 3)
                {
                    throw new ArgumentException($"a trimmed mean needs at least 3 scores, got {sorted.Count}");
                }

                return sorted.Skip(1).Take(sorted.Count - 2).Average();
            default:
                throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null);
        }
    }

    private static void RequireValid(PracticalTask task, IReadOnlyList<AssessorSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(sheets);
        var assessors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var problems = Validate(task, sheet);
            if (problems.Count > 0)
            {
                throw new ArgumentException(
                    $"sheet of {sheet.AssessorId} for task {task.Id}: {string.Join("; ", problems.Select(p => $"{p.Reason}({string.Join(", ", p.Args)})"))}",
                    nameof(sheets));
            }

            if (!assessors.Add(sheet.AssessorId))
            {
                throw new ArgumentException($"two sheets of {sheet.AssessorId} for task {task.Id}", nameof(sheets));
            }
        }
    }

    private static void CheckSingleTotal(PracticalTask task, AssessorSheet sheet, List<Refused<PracticalRefusal>> problems)
    {
        if (sheet.Awarded.Count != 1 || !sheet.Awarded.TryGetValue(AssessorSheet.TotalKey, out var total))
        {
            problems.Add(Refused.Of(PracticalRefusal.SheetSingleTotalOnly, AssessorSheet.TotalKey));
            return;
        }

        CheckRange(AssessorSheet.TotalKey, total, task.Points, problems);
    }

    private static void CheckCriteria(PracticalTask task, AssessorSheet sheet, List<Refused<PracticalRefusal>> problems)
    {
        foreach (var criterion in task.Criteria)
        {
            if (sheet.Awarded.TryGetValue(criterion.Id, out var awarded))
            {
                CheckRange(criterion.Id, awarded, criterion.Points, problems);
                CheckStep(criterion.Id, awarded, task.MarkStep, problems);
            }
            else
            {
                problems.Add(Refused.Of(PracticalRefusal.CriterionNotScored, criterion.Id, criterion.Name));
            }
        }

        foreach (var id in sheet.Awarded.Keys.Where(id => task.Criteria.All(c => c.Id != id)).Order(StringComparer.Ordinal))
        {
            problems.Add(Refused.Of(PracticalRefusal.CriterionUnknown, id));
        }
    }

    private static void CheckRange(string id, decimal awarded, decimal max, List<Refused<PracticalRefusal>> problems)
    {
        if (awarded < 0 || awarded > max)
        {
            problems.Add(Refused.Of(PracticalRefusal.CriterionOutOfRange, id, awarded, max));
        }
    }

    // 考评员 mark in the rubric's unit (whole or half points): 2.3 on a half-point rubric is a slip, not a judgement.
    private static void CheckStep(string id, decimal awarded, decimal step, List<Refused<PracticalRefusal>> problems)
    {
        if (step > 0 && awarded % step != 0)
        {
            problems.Add(step == 1
                ? Refused.Of(PracticalRefusal.CriterionWholePointsOnly, id, awarded)
                : Refused.Of(PracticalRefusal.CriterionOffStep, id, awarded, step));
        }
    }
}
