namespace CertEngine.Domain.QuestionBanks;

public static partial class BankValidator
{
    /// <summary>
    /// The rules of a 专项职业能力考核规范 (RULES.md §1): no 综合评审, mainly 技能操作考核, a 工作任务 table whose rows name
    /// distinct existing nodes and carry the only weights of the bank, and a blueprint for every component.
    /// </summary>
    private static void CheckSpecialty(Bank bank, List<BankProblem> problems)
    {
        if (bank.Occupation.Specialty is not { } specialty)
        {
            return;
        }

        var occupation = bank.Occupation;
        var components = occupation.ComponentsFor(null);
        if (components.Any(c => c.Kind == ComponentKind.Review))
        {
            Error(problems, occupation.Location.At("components"), BankRules.Specialty,
                "occupation: 专项职业能力没有综合评审，components 只能有 practical 和 theory (a 专项 has no review component)");
        }

        if (components.Count > 0 && components.All(c => c.Kind != ComponentKind.Practical))
        {
            Warn(problems, occupation.Location.At("components"), BankRules.Specialty,
                "occupation: 专项职业能力以技能操作考核为主，components 没有 practical (a 专项 is assessed mainly by practical tasks; no practical component)");
        }

        var rows = new Dictionary<string, SpecialtyWorkTask>(StringComparer.Ordinal);
        foreach (var task in specialty.WorkTasks)
        {
            if (bank.FindNode(task.NodeId) is null)
            {
                Error(problems, task.Location.At("node"), BankRules.UnknownNode,
                    $"work-task {task.NodeId}: 工作任务对应的节点 '{task.NodeId}' 不存在 (the work task's node '{task.NodeId}' does not exist)");
            }
            else if (!rows.TryAdd(task.NodeId, task))
            {
                Error(problems, task.Location.At("node"), BankRules.Specialty,
                    $"work-task {task.NodeId}: 同一节点写了两行，首行在 {rows[task.NodeId].Location} (the same node has two rows; the first is at {rows[task.NodeId].Location})");
            }
        }

        // The 工作任务 table is the 专项's only 比重表: any other weight would disagree with the 规范 it comes from.
        foreach (var weight in bank.Weights)
        {
            if (weight.Level != Occupation.SpecialtyLevel || rows.GetValueOrDefault(weight.NodeId) is not { } row || row.Percent != weight.Percent)
            {
                Error(problems, weight.Location, BankRules.Specialty,
                    $"weights: 专项的考核比重只写在 occupation 的 specialty.work-tasks 中，不另写 weights (a 专项's weights come from its work-task table only; remove '{weight.NodeId}')");
            }
        }

        foreach (var component in components.Where(c => c.Kind != ComponentKind.Review))
        {
            var mode = component.Kind == ComponentKind.Theory ? BlueprintMode.Theory : BlueprintMode.Practical;
            if (bank.Blueprints.All(b => b.Mode != mode || b.Level != Occupation.SpecialtyLevel))
            {
                Error(problems, occupation.Location.At("components"), BankRules.Specialty,
                    $"occupation: 专项的{(mode == BlueprintMode.Theory ? "理论知识考试" : "操作技能考核")}没有组卷方案 (no {mode.ToString().ToLowerInvariant()} blueprint for the 专项's {component.Kind} component)");
            }
        }
    }
}
