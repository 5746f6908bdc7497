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
        foreach (var group in bank.Weights.GroupBy(w => (w.Table, w.Level)))
        {
            var (table, level) = group.Key;
            var name = (table == WeightTable.Theory ? "理论知识权重表 theory" : "技能要求权重表 skill")
                + (bank.Occupation.IsSpecialty && level == Occupation.SpecialtyLevel ? "（专项工作任务表 work-tasks）" : "");
            var byNode = new Dictionary<string, WeightEntry>(StringComparer.Ordinal);
            foreach (var entry in group)
            {
                if (!bank.Occupation.AssessedLevels.Contains(level))
                {
                    Error(problems, entry.Location, BankRules.Level, $"{name} {level}: 等级 {level} 不是本职业的有效等级 (level {level} is not valid for {bank.Occupation.Name})");
                    break;
                }

                if (bank.FindNode(entry.NodeId) is null)
                {
                    Error(problems, entry.Location, BankRules.UnknownNode, $"{name} {level}: 节点 '{entry.NodeId}' 不存在 (unknown node '{entry.NodeId}')");
                }
                else if (!byNode.TryAdd(entry.NodeId, entry))
                {
                    Error(problems, entry.Location, BankRules.DuplicateId, $"{name} {level}: 节点 '{entry.NodeId}' 的比重写了两次 (weight of '{entry.NodeId}' given twice)");
                }
            }

            var tops = byNode.Values.Where(w => !HasWeightedAncestor(bank, w.NodeId, byNode)).ToList();
            var total = tops.Sum(w => w.Percent);
            if (tops.Count > 0 && total != 100)
            {
                Error(problems, tops[0].Location, BankRules.Weights,
                    $"{name} {level}: 最上层比重合计 {total}，应为 100 ({string.Join(" + ", tops.Select(t => $"{t.NodeId} {t.Percent}"))} = {total}, not 100)");
            }

            foreach (var weighted in byNode.Values)
            {
                var children = bank.ChildrenOf(weighted.NodeId).Where(c => bank.AppliesTo(c.Id, level, null)).ToList();
                var weightedChildren = children.Where(c => byNode.ContainsKey(c.Id)).ToList();
                if (weightedChildren.Count == 0)
                {
                    continue;
                }

                foreach (var missing in children.Where(c => !byNode.ContainsKey(c.Id)))
                {
                    Error(problems, weighted.Location, BankRules.Weights,
                        $"{name} {level}: '{weighted.NodeId}' 的下级已有比重，'{missing.Id}' 却没有 (some children of '{weighted.NodeId}' are weighted but '{missing.Id}' is not)");
                }

                var sum = weightedChildren.Sum(c => byNode[c.Id].Percent);
                if (sum != weighted.Percent)
                {
                    Error(problems, weighted.Location, BankRules.Weights,
                        $"{name} {level}: '{weighted.NodeId}' 比重 {weighted.Percent}，下级合计 {sum} (the children of '{weighted.NodeId}' sum to {sum}, not {weighted.Percent})");
                }
            }
        }
    }

    /// <summary>The weighted nodes of one table and level that have no weighted child: a blueprint's cells.</summary>
    internal static IReadOnlyList<WeightEntry> LowestWeighted(Bank bank, WeightTable table, int level, string? workType)
    {
        var byNode = bank.Weights.Where(w => w.Table == table && w.Level == level)
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
