namespace CertEngine.Domain.QuestionBanks;

public static partial class BankValidator
{
    private static void CheckBlueprints(Bank bank, List<BankProblem> problems)
    {
        var seen = new Dictionary<(int, string?, BlueprintMode), SourceLocation>();
        foreach (var blueprint in bank.Blueprints)
        {
            if (!seen.TryAdd((blueprint.Level, blueprint.WorkType, blueprint.Mode), blueprint.Location))
            {
                Error(problems, blueprint.Location, BankRules.DuplicateId,
                    $"blueprint {blueprint.Name}: 重复，首个在 {seen[(blueprint.Level, blueprint.WorkType, blueprint.Mode)]} (a second blueprint for the same level, 工种 and mode)");
                continue;
            }

            if (!CheckBlueprintLevel(bank, blueprint, problems))
            {
                continue;
            }

            if (blueprint.Mode == BlueprintMode.Theory)
            {
                CheckTheoryBlueprint(bank, blueprint, problems);
            }
            else
            {
                CheckPracticalBlueprint(bank, blueprint, problems);
            }
        }
    }

    private static bool CheckBlueprintLevel(Bank bank, Blueprint blueprint, List<BankProblem> problems)
    {
        var occupation = bank.Occupation;
        var what = $"blueprint {blueprint.Name}";
        var levelWritten = blueprint.Location.Fields?.ContainsKey("level") ?? blueprint.Level != Occupation.SpecialtyLevel;
        if (occupation.IsSpecialty && levelWritten)
        {
            Error(problems, blueprint.Location.At("level"), BankRules.Specialty, $"blueprint: 专项没有等级，组卷方案不写 level (a 专项 has no levels; remove level)");
            return false;
        }

        if (!occupation.IsSpecialty && !levelWritten)
        {
            Error(problems, blueprint.Location, BankRules.MissingField, $"blueprint: 缺少字段 'level'，只有专项题库不写 level (missing field 'level'; only a 专项 bank leaves it out)");
            return false;
        }

        if (!occupation.AssessedLevels.Contains(blueprint.Level))
        {
            Error(problems, blueprint.Location, BankRules.Level,
                $"{what}: {occupation.Name} 没有 {bank.LevelName(blueprint.Level)} (level {blueprint.Level} is not valid for {occupation.Name}; valid: {string.Join(", ", occupation.Levels)})");
            return false;
        }

        var workTypes = occupation.WorkTypes.GetValueOrDefault(blueprint.Level) ?? [];
        if (workTypes.Count > 0 && (blueprint.WorkType is null || !workTypes.Contains(blueprint.WorkType)))
        {
            Error(problems, blueprint.Location, BankRules.BadValue,
                $"{what}: 此等级须指定工种之一：{string.Join("、", workTypes)} (work-type must be one of the level's 工种)");
            return false;
        }

        if (workTypes.Count == 0 && blueprint.WorkType is not null)
        {
            Error(problems, blueprint.Location, BankRules.BadValue, $"{what}: 此等级没有工种 (the level has no 工种; remove work-type)");
            return false;
        }

        var kind = blueprint.Mode == BlueprintMode.Theory ? ComponentKind.Theory : ComponentKind.Practical;
        var component = occupation.Components.GetValueOrDefault(blueprint.Level)?.FirstOrDefault(c => c.Kind == kind);
        if (component is null)
        {
            Error(problems, blueprint.Location, BankRules.Blueprint, $"{what}: occupation 的此等级没有这一考核方式 (the level has no {kind} component)");
        }
        else if (blueprint.Minutes < component.Minutes)
        {
            // Durations are minimums: a centre may set a longer time, never a shorter one (RULES.md §2).
            Error(problems, blueprint.Location, BankRules.Blueprint,
                $"{what}: 时长 {blueprint.Minutes} 分钟少于规定的 {component.Minutes} 分钟 (duration {blueprint.Minutes} min is shorter than the required {component.Minutes} min)");
        }

        return true;
    }

    private static void CheckTheoryBlueprint(Bank bank, Blueprint blueprint, List<BankProblem> problems)
    {
        var what = $"blueprint {blueprint.Name}";
        var sectionPoints = blueprint.Sections.Sum(s => s.Count * s.Points);
        if (sectionPoints != 100)
        {
            Error(problems, blueprint.Location, BankRules.Blueprint,
                $"{what}: 各题型合计 {sectionPoints} 分，应为 100 分 (the sections make {sectionPoints} points, not 100)");
        }

        foreach (var group in blueprint.Sections.GroupBy(s => s.Type).Where(g => g.Count() > 1))
        {
            Error(problems, blueprint.Location, BankRules.Blueprint, $"{what}: 题型 {group.Key.ToYaml()} 出现两次 (type listed twice)");
        }

        var cells = LowestWeighted(bank, WeightTable.Theory, blueprint.Level, blueprint.WorkType);
        if (cells.Count == 0)
        {
            Error(problems, blueprint.Location, BankRules.Weights,
                $"{what}: 没有 {bank.LevelName(blueprint.Level)} 的理论知识权重表，不能发布 (no theory weights for level {blueprint.Level}: a bank cannot be published without them)");
            return;
        }

        var weightOf = cells.ToDictionary(c => c.NodeId, c => c.Percent, StringComparer.Ordinal);
        var points = blueprint.Sections.GroupBy(s => s.Type).ToDictionary(g => g.Key, g => g.First().Points);
        foreach (var cell in blueprint.Cells)
        {
            if (bank.FindNode(cell.NodeId) is null)
            {
                Error(problems, cell.Location, BankRules.UnknownNode, $"{what}: 节点 '{cell.NodeId}' 不存在 (unknown node '{cell.NodeId}')");
                continue;
            }

            if (!weightOf.TryGetValue(cell.NodeId, out var weight))
            {
                Error(problems, cell.Location, BankRules.Blueprint,
                    $"{what}: '{cell.NodeId}' 不是本等级最下层的有比重节点 (not a lowest weighted node of this level; cells are {string.Join(", ", weightOf.Keys)})");
                continue;
            }

            foreach (var type in cell.Counts.Keys.Where(t => !points.ContainsKey(t)))
            {
                Error(problems, cell.Location, BankRules.Blueprint, $"{what}: '{cell.NodeId}' 抽取的题型 {type.ToYaml()} 不在 sections 中 (type not in the sections)");
            }

            var cellPoints = cell.Counts.Sum(c => c.Value * points.GetValueOrDefault(c.Key));
            if (cellPoints != weight)
            {
                Error(problems, cell.Location, BankRules.Blueprint,
                    $"{what}: '{cell.NodeId}' 抽题共 {cellPoints} 分，与比重 {weight} 不符 (the cell draws {cellPoints} points but the node's weight is {weight})");
            }

            CheckPool(bank, blueprint, cell, problems);
        }

        foreach (var missing in cells.Where(c => blueprint.Cells.All(x => x.NodeId != c.NodeId)))
        {
            Error(problems, blueprint.Location, BankRules.Blueprint,
                $"{what}: 有比重的节点 '{missing.NodeId}'（{missing.Percent}）没有抽题 (weighted node '{missing.NodeId}' ({missing.Percent}) has no cell)");
        }

        foreach (var section in blueprint.Sections)
        {
            var drawn = blueprint.Cells.Sum(c => c.Counts.GetValueOrDefault(section.Type));
            if (drawn != section.Count)
            {
                Error(problems, blueprint.Location, BankRules.Blueprint,
                    $"{what}: {section.Type.ToChinese()}题各节点合计 {drawn} 道，sections 要求 {section.Count} 道 (cells draw {drawn} {section.Type.ToYaml()} items, the section needs {section.Count})");
            }
        }
    }

    private static void CheckPool(Bank bank, Blueprint blueprint, BlueprintCell cell, List<BankProblem> problems)
    {
        foreach (var (type, count) in cell.Counts.Where(c => c.Value > 0))
        {
            var pool = bank.Items.Count(i => i.Type == type
                && bank.FindElement(i.ElementId) is { } e && bank.IsWithin(e.NodeId, cell.NodeId)
                && bank.ItemAppliesTo(i, blueprint.Level, blueprint.WorkType));
            var needed = (int)Math.Ceiling(count * bank.Rules.MinPoolRatio);
            if (pool < count)
            {
                Error(problems, cell.Location, BankRules.PoolShortfall,
                    $"blueprint {blueprint.Name}: '{cell.NodeId}' 的{type.ToChinese()}题只有 {pool} 道，一份试卷要抽 {count} 道，缺 {count - pool} 道，无法组卷 (cell {cell.NodeId} × {type.ToYaml()} holds {pool} items but a paper draws {count}: short by {count - pool})");
            }
            else if (pool < needed)
            {
                Error(problems, cell.Location, BankRules.PoolShortfall,
                    $"blueprint {blueprint.Name}: '{cell.NodeId}' 的{type.ToChinese()}题只有 {pool} 道，需至少 {needed} 道（抽题数 {count} 的 {bank.Rules.MinPoolRatio} 倍），缺 {needed - pool} 道 (cell {cell.NodeId} × {type.ToYaml()} holds {pool} items, needs {needed} = {bank.Rules.MinPoolRatio} × {count}: short by {needed - pool})");
            }
        }
    }

    private static void CheckPracticalBlueprint(Bank bank, Blueprint blueprint, List<BankProblem> problems)
    {
        var what = $"blueprint {blueprint.Name}";
        var cells = LowestWeighted(bank, WeightTable.Skill, blueprint.Level, blueprint.WorkType);
        if (cells.Count == 0)
        {
            Error(problems, blueprint.Location, BankRules.Weights,
                $"{what}: 没有 {bank.LevelName(blueprint.Level)} 的技能要求权重表，不能发布 (no skill weights for level {blueprint.Level})");
            return;
        }

        var longest = 0;
        foreach (var draw in blueprint.Tasks)
        {
            if (cells.All(c => c.NodeId != draw.NodeId))
            {
                Error(problems, draw.Location, BankRules.Blueprint,
                    $"{what}: '{draw.NodeId}' 不是本等级技能要求权重表中的节点 (not a lowest skill-weighted node; expected {string.Join(", ", cells.Select(c => c.NodeId))})");
                continue;
            }

            var pool = bank.Tasks.Where(t => TaskNode(bank, t) is { } node && bank.IsWithin(node, draw.NodeId)
                && bank.AppliesTo(node, blueprint.Level, blueprint.WorkType)).ToList();
            if (pool.Count < draw.Count)
            {
                Error(problems, draw.Location, BankRules.PoolShortfall,
                    $"{what}: '{draw.NodeId}' 只有 {pool.Count} 道操作题，要抽 {draw.Count} 道，缺 {draw.Count - pool.Count} 道 (holds {pool.Count} tasks, draws {draw.Count}: short by {draw.Count - pool.Count})");
                continue;
            }

            longest += pool.Select(t => t.Minutes).OrderDescending().Take(draw.Count).Sum();
        }

        foreach (var missing in cells.Where(c => blueprint.Tasks.All(d => d.NodeId != c.NodeId)))
        {
            Error(problems, blueprint.Location, BankRules.Blueprint,
                $"{what}: 有技能比重的节点 '{missing.NodeId}'（{missing.Percent}）没有抽题 (skill-weighted node '{missing.NodeId}' has no draw)");
        }

        var changeovers = blueprint.Changeover * Math.Max(0, blueprint.Tasks.Sum(d => d.Count) - 1);
        if (longest + changeovers > blueprint.Minutes)
        {
            var with = changeovers > 0 ? $"，加 {changeovers} 分钟换场（每次 {blueprint.Changeover} 分钟）" : "";
            var withEnglish = changeovers > 0 ? $" plus {changeovers} min of changeover ({blueprint.Changeover} each)" : "";
            Error(problems, blueprint.Location, BankRules.Blueprint,
                $"{what}: 最长的抽题组合需 {longest} 分钟{with}，超过 {blueprint.Minutes} 分钟 (the longest draw takes {longest} min{withEnglish}, more than {blueprint.Minutes})");
        }
    }

    /// <summary>The syllabus node a task hangs under: its own node, or the node of the element it names.</summary>
    internal static string? TaskNode(Bank bank, PracticalTask task) =>
        bank.FindNode(task.NodeId)?.Id ?? bank.FindElement(task.NodeId)?.NodeId;

    private static void CheckPublicationRules(Bank bank, List<BankProblem> problems)
    {
        var rules = bank.Rules;
        var itemsPerElement = bank.Items.GroupBy(i => i.ElementId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var blueprint in bank.Blueprints.Where(b => b.Mode == BlueprintMode.Theory && bank.Occupation.AssessedLevels.Contains(b.Level)))
        {
            var what = $"blueprint {blueprint.Name}";
            var elements = bank.Elements.Where(e => bank.AppliesTo(e.NodeId, blueprint.Level, blueprint.WorkType)).ToList();
            if (elements.Count < rules.MinElementsPerLevel)
            {
                Error(problems, blueprint.Location, BankRules.ElementCount,
                    $"{what}: 本等级只有 {elements.Count} 个鉴定点，至少需要 {rules.MinElementsPerLevel} 个 (the level's 细目表 has {elements.Count} elements, needs {rules.MinElementsPerLevel})");
            }

            if (elements.Count > 0)
            {
                decimal Share(ElementTag tag) => Math.Round((decimal)elements.Count(e => e.Tag == tag) / elements.Count, 4);
                if (Share(ElementTag.X) < rules.MinXShare || Share(ElementTag.Y) > rules.MaxYShare || Share(ElementTag.Z) > rules.MaxZShare)
                {
                    Error(problems, blueprint.Location, BankRules.TagShare,
                        $"{what}: 鉴定点重要程度 X {Share(ElementTag.X):P0}、Y {Share(ElementTag.Y):P0}、Z {Share(ElementTag.Z):P0}，要求 X ≥ {rules.MinXShare:P0}、Y ≤ {rules.MaxYShare:P0}、Z ≤ {rules.MaxZShare:P0} (X/Y/Z shares out of bounds)");
                }
            }

            foreach (var cell in LowestWeighted(bank, WeightTable.Theory, blueprint.Level, blueprint.WorkType))
            {
                var under = elements.Count(e => bank.IsWithin(e.NodeId, cell.NodeId));
                var needed = (int)Math.Ceiling(cell.Percent * rules.MinElementsPerWeight);
                if (under < needed)
                {
                    Error(problems, cell.Location, BankRules.ElementCount,
                        $"{what}: '{cell.NodeId}'（比重 {cell.Percent}）只有 {under} 个鉴定点，至少需要 {needed} 个 (node has {under} elements, needs {needed} = {rules.MinElementsPerWeight} × weight)");
                }
            }

            foreach (var element in elements.Where(e => reported.Add(e.Id)))
            {
                var count = itemsPerElement.GetValueOrDefault(element.Id);
                if (count < rules.MinItemsPerElement)
                {
                    Error(problems, element.Location, BankRules.ItemsPerElement,
                        $"element {element.Id}: 只有 {count} 道试题，每个鉴定点至少 {rules.MinItemsPerElement} 道 (has {count} items, needs {rules.MinItemsPerElement})");
                }
            }
        }
    }
}
