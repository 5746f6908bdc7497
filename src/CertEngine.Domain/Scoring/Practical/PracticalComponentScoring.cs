using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>Combines a candidate's practical task scores into the component's score out of 100 (RULES.md §5, §7).</summary>
public static class PracticalComponentScoring
{
    /// <summary>
    /// Each 职业功能 node's weight in the bank's 技能要求权重表 for <paramref name="level"/> times the share its tasks earned
    /// (task score ÷ task points, averaged when several tasks fall under the node), summed. When the bank has no
    /// skill weights for the level, the tasks weigh equally.
    /// </summary>
    /// <param name="tasks">Every task of the candidate's draw with its final score (0 to the task's points, inclusive).</param>
    /// <param name="workType">The track's 工种: its own 技能要求权重表 where the bank has one (<see cref="Bank.WeightsFor"/>).</param>
    /// <exception cref="ArgumentException">
    /// No tasks, a task given twice, a score out of range, a task under no weighted node, or a weighted node with no task.
    /// </exception>
    public static PracticalComponentScore Combine(
        Bank bank, int level, IReadOnlyList<(PracticalTask Task, decimal Score, bool FailsComponent)> tasks, string? workType = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count == 0)
        {
            throw new ArgumentException("a practical component needs at least one task score", nameof(tasks));
        }

        foreach (var (task, score, _) in tasks)
        {
            if (score < 0 || score > task.Points || task.Points <= 0)
            {
                throw new ArgumentException($"task {task.Id} scored {score} out of {task.Points}", nameof(tasks));
            }
        }

        if (tasks.DistinctBy(t => t.Task.Id, StringComparer.Ordinal).Count() != tasks.Count)
        {
            throw new ArgumentException("a task is given twice", nameof(tasks));
        }

        var weights = bank.WeightsFor(WeightTable.Skill, level, workType).ToList();
        var rows = weights.Count == 0 ? EqualRows(bank, tasks) : WeightedRows(bank, weights, tasks);
        var failed = tasks.Any(t => t.FailsComponent);
        var exact = rows.Sum(r => r.Contribution);
        return new PracticalComponentScore(
            TaskScoring.Round(exact),
            failed,
            rows.Select(r => (r.NodeId, r.WeightPercent, TaskScoring.Round(r.Contribution))).ToList());
    }

    private static List<(string NodeId, decimal WeightPercent, decimal Contribution)> EqualRows(
        Bank bank, IReadOnlyList<(PracticalTask Task, decimal Score, bool FailsComponent)> tasks)
    {
        var weight = 100m / tasks.Count;
        return tasks.Select(t => (BankValidator.TaskNode(bank, t.Task) ?? t.Task.NodeId, weight, weight * t.Score / t.Task.Points)).ToList();
    }

    private static List<(string NodeId, decimal WeightPercent, decimal Contribution)> WeightedRows(
        Bank bank, List<WeightEntry> weights, IReadOnlyList<(PracticalTask Task, decimal Score, bool FailsComponent)> tasks)
    {
        var shares = weights.ToDictionary(w => w.NodeId, _ => new List<decimal>(), StringComparer.Ordinal);
        foreach (var (task, score, _) in tasks)
        {
            var node = BankValidator.TaskNode(bank, task);
            var weighted = node is null ? null : weights.FirstOrDefault(w => bank.IsWithin(node, w.NodeId));
            if (weighted is null)
            {
                throw new ArgumentException($"task {task.Id} ('{task.NodeId}') lies under no skill-weighted node of level {weights[0].Level}", nameof(tasks));
            }

            shares[weighted.NodeId].Add(score / task.Points);
        }

        var rows = new List<(string NodeId, decimal WeightPercent, decimal Contribution)>();
        foreach (var weight in weights)
        {
            var list = shares[weight.NodeId];
            if (list.Count == 0)
            {
                throw new ArgumentException($"no task scored for skill-weighted node '{weight.NodeId}' of level {weight.Level}", nameof(tasks));
            }

            rows.Add((weight.NodeId, weight.Percent, weight.Percent * list.Average()));
        }

        return rows;
    }
}
