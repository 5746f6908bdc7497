using System.Text.RegularExpressions;

namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// Checks a loaded bank against the rules of RULES.md §1 and §5 and the consistency a paper needs:
/// ids, syllabus shape, weights, items, rubrics, blueprints and the publication thresholds.
/// Every problem names the file and line where it was written.
/// </summary>
public static partial class BankValidator
{
    /// <summary>How deep 鉴定范围 nodes may nest (RULES.md §5).</summary>
    private const int MaxNodeDepth = 3;

    [GeneratedRegex("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Returns every problem of <paramref name="bank"/>; an empty list means it can be published.</summary>
    public static IReadOnlyList<BankProblem> Validate(Bank bank)
    {
        var problems = new List<BankProblem>();
        CheckIds(bank, problems);
        CheckOccupation(bank, problems);
        CheckSyllabus(bank, problems);
        CheckWeights(bank, problems);
        CheckItems(bank, problems);
        CheckTasks(bank, problems);
        CheckBlueprints(bank, problems);
        CheckSpecialty(bank, problems);
        CheckReviews(bank, problems);
        CheckPublicationRules(bank, problems);
        return problems;
    }

    private static void CheckIds(Bank bank, List<BankProblem> problems)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        void See(string id, string kind, SourceLocation at)
        {
            if (!IdPattern().IsMatch(id))
            {
                Error(problems, at, BankRules.BadValue,
                    $"{kind} id '{id}' 只能用小写字母、数字、'-' 和 '.'，以字母开头 (ids use lowercase letters, digits, '-' and '.', starting with a letter)");
            }

            if (seen.TryGetValue(id, out var first))
            {
                Error(problems, at, BankRules.DuplicateId, $"{kind} id '{id}' 重复，首次出现在 {first} (duplicate id '{id}', first at {first})");
            }
            else
            {
                seen.Add(id, at);
            }
        }

        foreach (var node in bank.Nodes)
        {
            See(node.Id, "node", node.Location);
        }

        foreach (var element in bank.Elements)
        {
            See(element.Id, "element", element.Location);
        }

        foreach (var item in bank.Items)
        {
            See(item.Id, "item", item.Location);
        }

        foreach (var task in bank.Tasks)
        {
            See(task.Id, "task", task.Location);
        }
    }

    private static void CheckOccupation(Bank bank, List<BankProblem> problems)
    {
        var occupation = bank.Occupation;
        var known = bank.LevelCatalogue.Select(l => l.Digit).ToHashSet();
        foreach (var level in occupation.Levels.Where(l => known.Count > 0 && !known.Contains(l)))
        {
            Error(problems, occupation.Location, BankRules.Level, $"occupation: 等级 {level} 不在等级目录中 (level {level} is not in the catalogue)");
        }

        foreach (var level in occupation.WorkTypes.Keys.Concat(occupation.Components.Keys).Distinct().Where(l => !occupation.AssessedLevels.Contains(l)))
        {
            Error(problems, occupation.Location, BankRules.Level,
                $"occupation: 等级 {level} 不是本职业的有效等级 (level {level} is not one of the occupation's levels {string.Join(", ", occupation.Levels)})");
        }

        foreach (var level in occupation.AssessedLevels.Where(l => occupation.Components.GetValueOrDefault(l) is not { Count: > 0 }))
        {
            if (occupation.IsSpecialty)
            {
                Error(problems, occupation.Location.At("components"), BankRules.Specialty,
                    "occupation: 专项没有考核科目，components 应写 practical（和可选的 theory） (a 专项 needs components: practical, and optionally theory)");
                continue;
            }

            Error(problems, occupation.Location, BankRules.MissingField, $"occupation: 等级 {level} 没有 components (level {level} has no components)");
        }
    }

    private static void CheckSyllabus(Bank bank, List<BankProblem> problems)
    {
        var occupation = bank.Occupation;
        var allWorkTypes = occupation.WorkTypes.Values.SelectMany(w => w).ToHashSet();
        foreach (var node in bank.Nodes)
        {
            if (node.ParentId is { } parent && bank.FindNode(parent) is null)
            {
                Error(problems, node.Location, BankRules.UnknownNode, $"node {node.Id}: 上级节点 '{parent}' 不存在 (parent node '{parent}' does not exist)");
                continue;
            }

            if (bank.HasParentCycle(node))
            {
                Error(problems, node.Location, BankRules.SyllabusShape,
                    $"node {node.Id}: 上级节点首尾相接，成了一个环 (node {node.Id} is its own ancestor: its parents form a loop)");
                continue;
            }

            if (bank.DepthOf(node) > MaxNodeDepth)
            {
                Error(problems, node.Location, BankRules.SyllabusShape,
                    $"node {node.Id}: 鉴定范围最多三层 (鉴定范围 nodes nest at most {MaxNodeDepth} deep)");
            }

            if (bank.ChildrenOf(node.Id).Count > 0 && bank.ElementsOf(node.Id).Count > 0)
            {
                Error(problems, node.Location, BankRules.SyllabusShape,
                    $"node {node.Id}: 不能同时有下级节点和鉴定点 (a node has either children or elements, not both)");
            }

            if (occupation.IsSpecialty && node.Levels is not null)
            {
                Error(problems, node.Location, BankRules.Specialty, $"node {node.Id}: 专项没有等级，节点不写 levels (a 专项 has no levels; remove levels)");
            }

            foreach (var level in node.Levels?.Where(l => !occupation.Levels.Contains(l) && !occupation.IsSpecialty) ?? [])
            {
                Error(problems, node.Location, BankRules.Level, $"node {node.Id}: 等级 {level} 不是本职业的有效等级 (level {level} is not valid for {occupation.Name})");
            }

            foreach (var workType in node.WorkTypes?.Where(w => !allWorkTypes.Contains(w)) ?? [])
            {
                Error(problems, node.Location, BankRules.BadValue, $"node {node.Id}: 工种 '{workType}' 不在 occupation 的 work-types 中 (unknown 工种)");
            }

            if (node.Xyz is { } xyz)
            {
                var tags = bank.ElementsUnder(node.Id).GroupBy(e => e.Tag).ToDictionary(g => g.Key, g => g.Count());
                var actual = $"{tags.GetValueOrDefault(ElementTag.X)}:{tags.GetValueOrDefault(ElementTag.Y)}:{tags.GetValueOrDefault(ElementTag.Z)}";
                if (xyz.Replace(" ", "", StringComparison.Ordinal) != actual)
                {
                    Error(problems, node.Location, BankRules.Xyz, $"node {node.Id}: 重要程度写作 {xyz}，但下属鉴定点为 {actual} (X:Y:Z written {xyz}, the elements beneath give {actual})");
                }
            }
        }

        foreach (var element in bank.Elements.Where(e => bank.FindNode(e.NodeId) is null))
        {
            Error(problems, element.Location, BankRules.UnknownNode, $"element {element.Id}: 所属节点 '{element.NodeId}' 不存在 (node '{element.NodeId}' does not exist)");
        }
    }

    private static void CheckWeights(Bank bank, List<BankProblem> problems)
    {
        foreach (var group in bank.Weights.GroupBy(w => (w.Table, w.Level, w.WorkType)))
        {
            var (table, level, workType) = group.Key;
            var name = (table == WeightTable.Theory ? "理论知识权重表 theory" : "技能要求权重表 skill")
                + (bank.Occupation.IsSpecialty && level == Occupation.SpecialtyLevel ? "（专项工作任务表 work-tasks）" : "");
            var key = workType is null ? $"{level}" : $"{level}/{workType}";
            if (!bank.Occupation.AssessedLevels.Contains(level))
            {
                Error(problems, group.First().Location, BankRules.Level, $"{name} {key}: 等级 {level} 不是本职业的有效等级 (level {level} is not valid for {bank.Occupation.Name})");
                continue;
            }

            if (workType is not null && !WorkTypesOf(bank, level).Contains(workType, StringComparer.Ordinal))
            {
                Error(problems, group.First().Location, BankRules.Weights,
                    $"{name} {key}: '{workType}' 不是本职业 {bank.LevelName(level)} 的工种 (not a 工种 of level {level}; occupation.yaml lists {string.Join(", ", WorkTypesOf(bank, level))})");
                continue;
            }

            var byNode = new Dictionary<string, WeightEntry>(StringComparer.Ordinal);
            foreach (var entry in group)
            {
                if (bank.FindNode(entry.NodeId) is null)
                {
                    Error(problems, entry.Location, BankRules.UnknownNode, $"{name} {key}: 节点 '{entry.NodeId}' 不存在 (unknown node '{entry.NodeId}')");
                }
                else if (!byNode.TryAdd(entry.NodeId, entry))
                {
                    Error(problems, entry.Location, BankRules.DuplicateId, $"{name} {key}: 节点 '{entry.NodeId}' 的比重写了两次 (weight of '{entry.NodeId}' given twice)");
                }
                else if (workType is not null && !bank.AppliesTo(entry.NodeId, level, workType))
                {
                    Error(problems, entry.Location, BankRules.Weights,
                        $"{name} {key}: 节点 '{entry.NodeId}' 不属于工种 {workType} (node '{entry.NodeId}' does not apply to this 工种)");
                }
            }

            var tops = byNode.Values.Where(w => !HasWeightedAncestor(bank, w.NodeId, byNode)).ToList();
            foreach (var served in ServedWorkTypes(bank, table, level, workType))
            {
                // A level's table may hold the 相关知识 of several 工种 side by side: each 工种 sums its own branch with the shared ones.
                var counted = tops.Where(w => served is null || bank.AppliesTo(w.NodeId, level, served)).ToList();
                var total = counted.Sum(w => w.Percent);
                if (counted.Count > 0 && total != 100)
                {
                    Error(problems, counted[0].Location, BankRules.Weights,
                        $"{name} {key}{(served is null || workType is not null ? "" : $"（{served}）")}: 最上层比重合计 {total}，应为 100 ({string.Join(" + ", counted.Select(t => $"{t.NodeId} {t.Percent}"))} = {total}, not 100)");
                }
            }

            foreach (var weighted in byNode.Values)
            {
                var children = bank.ChildrenOf(weighted.NodeId).Where(c => bank.AppliesTo(c.Id, level, workType)).ToList();
                var weightedChildren = children.Where(c => byNode.ContainsKey(c.Id)).ToList();
                if (weightedChildren.Count == 0)
                {
                    continue;
                }

                foreach (var missing in children.Where(c => !byNode.ContainsKey(c.Id)))
                {
                    Error(problems, weighted.Location, BankRules.Weights,
                        $"{name} {key}: '{weighted.NodeId}' 的下级已有比重，'{missing.Id}' 却没有 (some children of '{weighted.NodeId}' are weighted but '{missing.Id}' is not)");
                }

                var sum = weightedChildren.Sum(c => byNode[c.Id].Percent);
                if (sum != weighted.Percent)
                {
                    Error(problems, weighted.Location, BankRules.Weights,
                        $"{name} {key}: '{weighted.NodeId}' 比重 {weighted.Percent}，下级合计 {sum} (the children of '{weighted.NodeId}' sum to {sum}, not {weighted.Percent})");
                }
            }
        }
    }

    private static IReadOnlyList<string> WorkTypesOf(Bank bank, int level) =>
        bank.Occupation.WorkTypes.TryGetValue(level, out var list) ? list : [];

    /// <summary>
    /// The 工种 whose top-level weights must sum to 100 in one table: the table's own 工种; for a level's table, each
    /// 工种 a blueprint of the table's mode examines without a table of its own, or every node at once (null) when no
    /// blueprint names a 工种.
    /// </summary>
    private static List<string?> ServedWorkTypes(Bank bank, WeightTable table, int level, string? workType)
    {
        if (workType is not null)
        {
            return [workType];
        }

        var mode = table == WeightTable.Theory ? BlueprintMode.Theory : BlueprintMode.Practical;
        var served = bank.Blueprints.Where(b => b.Mode == mode && b.Level == level && b.WorkType is not null)
            .Select(b => b.WorkType).Distinct(StringComparer.Ordinal)
            .Where(wt => !bank.Weights.Any(w => w.Table == table && w.Level == level && w.WorkType == wt))
            .ToList();
        return served.Count > 0 ? served : [null];
    }

    /// <summary>The weighted nodes of one table and level that have no weighted child: a blueprint's cells.</summary>
    internal static IReadOnlyList<WeightEntry> LowestWeighted(Bank bank, WeightTable table, int level, string? workType)
    {
        var byNode = bank.WeightsFor(table, level, workType)
            .GroupBy(w => w.NodeId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return byNode.Values
            .Where(w => bank.FindNode(w.NodeId) is not null && bank.AppliesTo(w.NodeId, level, workType))
            .Where(w => !bank.ChildrenOf(w.NodeId).Any(c => byNode.ContainsKey(c.Id)))
            .ToList();
    }

    private static bool HasWeightedAncestor(Bank bank, string nodeId, Dictionary<string, WeightEntry> weighted)
    {
        var node = bank.FindNode(nodeId);
        for (var guard = 0; node?.ParentId is { } parent && guard < Bank.MaxWalk; guard++)
        {
            if (weighted.ContainsKey(parent))
            {
                return true;
            }

            node = bank.FindNode(parent);
        }

        return false;
    }

    private static void Error(List<BankProblem> problems, SourceLocation at, string rule, string message) =>
        problems.Add(new BankProblem(ProblemSeverity.Error, rule, at, message));

    private static void Warn(List<BankProblem> problems, SourceLocation at, string rule, string message) =>
        problems.Add(new BankProblem(ProblemSeverity.Warning, rule, at, message));
}
