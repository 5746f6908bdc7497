namespace CertEngine.Domain.QuestionBanks;

public static partial class BankValidator
{
    private static void CheckItems(Bank bank, List<BankProblem> problems)
    {
        var contents = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in bank.Items)
        {
            var what = $"item {item.Id}";
            if (bank.FindElement(item.ElementId) is null)
            {
                var hint = bank.FindNode(item.ElementId) is not null ? "，它是节点而不是鉴定点 (it is a node; items test a 鉴定点)" : "";
                Error(problems, item.Location.At("element"), BankRules.UnknownElement,
                    $"{what}: 鉴定点 '{item.ElementId}' 不存在{hint} (unknown syllabus element '{item.ElementId}')");
            }

            CheckOptions(item, what, problems);
            CheckKey(item, what, problems);
            foreach (var enemy in item.Enemies)
            {
                if (enemy == item.Id)
                {
                    Error(problems, item.Location.At("enemies"), BankRules.UnknownEnemy, $"{what}: 互斥题不能是自己 (an item cannot be its own enemy)");
                }
                else if (bank.FindItem(enemy) is null)
                {
                    Error(problems, item.Location.At("enemies"), BankRules.UnknownEnemy, $"{what}: 互斥题 '{enemy}' 不存在 (enemy item '{enemy}' does not exist)");
                }
            }

            // Two ids with the same stem and options are one item written twice: a paper could hold both.
            var content = $"{item.Type}|{Normalize(item.Stem)}|{string.Join("|", item.Options.Select(o => Normalize(o.Text)).Order(StringComparer.Ordinal))}";
            if (contents.TryGetValue(content, out var twin))
            {
                Error(problems, item.Location, BankRules.DuplicateId,
                    $"{what}: 与 {twin.Id} 内容相同（{twin.Location}） (same stem and options as item {twin.Id} at {twin.Location})");
            }
            else
            {
                contents.Add(content, item);
            }
        }
    }

    private static void CheckOptions(Item item, string what, List<BankProblem> problems)
    {
        var count = item.Options.Count;
        switch (item.Type)
        {
            case ItemType.Judge when count != 2:
                Error(problems, item.Location.At("options"), BankRules.JudgeOptions, $"{what}: 判断题必须恰好两个选项，现有 {count} 个 (a true/false item has exactly two options, not {count})");
                break;
            case ItemType.Single when count is < 2 or > 8:
                Error(problems, item.Location.At("options"), BankRules.OptionCount, $"{what}: 单选题应有 2–8 个选项，现有 {count} 个 (a single-choice item has 2 to 8 options, not {count})");
                break;
            case ItemType.Multiple when count is < 3 or > 8:
                Error(problems, item.Location.At("options"), BankRules.OptionCount, $"{what}: 多选题应有 3–8 个选项，现有 {count} 个 (a multiple-choice item has 3 to 8 options, not {count})");
                break;
        }

        for (var i = 0; i < count; i++)
        {
            var expected = ((char)('A' + i)).ToString();
            if (item.Options[i].Label != expected)
            {
                Error(problems, item.Location.At("options"), BankRules.BadValue,
                    $"{what}: 选项应依次标为 A、B、C……，第 {i + 1} 个是 '{item.Options[i].Label}' (options are labelled A, B, C … in order; option {i + 1} is '{item.Options[i].Label}')");
                break;
            }
        }

        foreach (var group in item.Options.Where(o => o.Text.Length > 0).GroupBy(o => Normalize(o.Text)).Where(g => g.Count() > 1))
        {
            Error(problems, item.Location.At("options"), BankRules.DuplicateOption,
                $"{what}: 选项 {string.Join("、", group.Select(o => o.Label))} 内容相同 (options {string.Join(", ", group.Select(o => o.Label))} have the same text)");
        }
    }

    private static void CheckKey(Item item, string what, List<BankProblem> problems)
    {
        var labels = item.Options.Select(o => o.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var key in item.Key.Where(k => !labels.Contains(k)))
        {
            Error(problems, item.Location.At("key"), BankRules.KeyNotAnOption,
                $"{what}: 答案 '{key}' 不在选项中 (key '{key}' is not among the options {string.Join(", ", labels)})");
        }

        if (item.Key.Distinct(StringComparer.Ordinal).Count() != item.Key.Count)
        {
            Error(problems, item.Location.At("key"), BankRules.KeyCount, $"{what}: 答案中有重复字母 (the key repeats a letter)");
        }

        switch (item.Type)
        {
            case ItemType.Single when item.Key.Count != 1:
                Error(problems, item.Location.At("key"), BankRules.KeyCount, $"{what}: 单选题必须恰好一个答案，现有 {item.Key.Count} 个 (a single-choice item has exactly one key, not {item.Key.Count})");
                break;
            case ItemType.Multiple when item.Key.Count < 2:
                Error(problems, item.Location.At("key"), BankRules.KeyCount, $"{what}: 多选题至少两个答案 (a multiple-choice item has at least two keys)");
                break;
            case ItemType.Judge when item.Key.Count != 1:
                Error(problems, item.Location.At("key"), BankRules.KeyCount, $"{what}: 判断题的答案是 true 或 false (a true/false item's key is true or false)");
                break;
        }
    }

    private static void CheckTasks(Bank bank, List<BankProblem> problems)
    {
        foreach (var task in bank.Tasks)
        {
            var what = $"task {task.Id}";
            if (bank.FindNode(task.NodeId) is null && bank.FindElement(task.NodeId) is null)
            {
                Error(problems, task.Location.At("element"), BankRules.UnknownElement, $"{what}: 鉴定范围 '{task.NodeId}' 不存在 (unknown syllabus node or element '{task.NodeId}')");
            }

            if (task.Criteria.Count == 0)
            {
                Error(problems, task.Location, BankRules.RubricPoints, $"{what}: 评分表没有评分项 (the rubric has no criteria)");
                continue;
            }

            var sum = task.Criteria.Sum(c => c.Points);
            if (sum != task.Points)
            {
                Error(problems, task.Location.At("criteria"), BankRules.RubricPoints,
                    $"{what}: 评分项配分合计 {sum}，与总分 {task.Points} 不符 (rubric points add up to {sum}, not {task.Points})");
            }

            foreach (var group in task.Criteria.GroupBy(c => c.Id).Where(g => g.Count() > 1))
            {
                Error(problems, task.Location, BankRules.DuplicateId, $"{what}: 评分项 id '{group.Key}' 重复 (criterion id '{group.Key}' repeats)");
            }

            if (task.Materials.Count == 0)
            {
                Warn(problems, task.Location, BankRules.MissingField, $"{what}: 没有列出考核准备用品 (no materials listed for the 考核准备通知单)");
            }

            foreach (var criterion in task.Criteria)
            {
                CheckDeductions(task, criterion, problems);
            }
        }
    }

    /// <summary>
    /// The deduction rule (issue 17): a criterion's written deductions must be able to take all its points (else an assessor
    /// who sees every fault still cannot score it 0), no single deduction may exceed its points, and deductions that can add
    /// up to more than its points must say 扣完为止 (else the score could go below 0).
    /// </summary>
    private static void CheckDeductions(PracticalTask task, RubricCriterion criterion, List<BankProblem> problems)
    {
        var at = criterion.Location?.At("standard") ?? task.Location.At("criteria");
        var what = $"task {task.Id} {criterion.Id}（{criterion.Name}，{Points(criterion.Points)} 分）";
        var reading = RubricDeductions.Read(criterion.Standard);
        if (reading.Deductions.Count == 0 && !reading.Forfeits)
        {
            Error(problems, at, BankRules.RubricDeductions,
                $"{what}: 评分标准没有写扣分（扣 N 分、不得分），无法评分 (the standard writes no deduction, so the criterion cannot be scored)");
            return;
        }

        foreach (var deduction in reading.Deductions.Where(d => d.Points > criterion.Points))
        {
            Error(problems, at, BankRules.RubricDeductions,
                $"{what}: “{deduction.Text}”一项扣 {Points(deduction.Points)} 分，超过配分 {Points(criterion.Points)} 分 (a single deduction of {Points(deduction.Points)} exceeds the criterion's {Points(criterion.Points)} points)");
        }

        if (!reading.Reaches(criterion.Points))
        {
            Error(problems, at, BankRules.RubricDeductions,
                $"{what}: 所写扣分合计最多 {Points(reading.Total ?? 0)} 分，扣不到配分 {Points(criterion.Points)} 分 (the deductions add up to at most {Points(reading.Total ?? 0)}, short of the criterion's {Points(criterion.Points)} points: add or raise a deduction, or lower the points)");
        }

        if (reading.CanExceed(criterion.Points) && !reading.Capped)
        {
            var most = reading.Total is { } total ? $"合计可达 {Points(total)} 分" : "可按处、按次重复扣";
            var mostEnglish = reading.Total is { } t ? $"can add up to {Points(t)}" : "repeat per occurrence";
            Error(problems, at, BankRules.RubricDeductions,
                $"{what}: 扣分{most}，超过配分，应写明“扣完为止” (the deductions {mostEnglish}, more than the points: write 扣完为止)");
        }
    }

    private static string Points(decimal points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));
}
