using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

internal sealed partial class BankReader
{
    private SpecialtyStandard? ReadSpecialty(YamlMapping mapping)
    {
        var reader = new MappingReader(mapping, "specialty", problems,
            "code-unconfirmed", "issuer", "definition", "audience", "requirements", "work-tasks");
        var unconfirmed = reader.OptionalText("code-unconfirmed") switch
        {
            null or "false" => false,
            "true" => true,
            var other => BadFlag(reader.At("code-unconfirmed"), other),
        };
        var issuer = reader.OptionalText("issuer");
        var definition = reader.RequiredText("definition");
        var audience = reader.RequiredText("audience");
        var requirements = reader.OptionalText("requirements");
        var tasks = new List<SpecialtyWorkTask>();
        if (reader.Sequence("work-tasks", required: true) is { } rows)
        {
            if (rows.Items.Count == 0)
            {
                Error(rows.Location, BankRules.Specialty, "specialty: work-tasks 至少要有一项工作任务 (the 工作任务 table needs at least one row)");
            }

            foreach (var row in rows.Items)
            {
                if (ReadWorkTask(row) is { } task)
                {
                    tasks.Add(task);
                }
            }
        }

        return definition is not null && audience is not null && tasks.Count > 0
            ? new SpecialtyStandard(unconfirmed, issuer, definition, audience, tasks, requirements, reader.Location)
            : null;
    }

    private SpecialtyWorkTask? ReadWorkTask(YamlNode row)
    {
        if (AsMapping(row, "work-task") is not { } mapping)
        {
            return null;
        }

        var node = (mapping.Find("node") as YamlScalar)?.Value.Trim();
        var what = $"work-task {node}";
        var reader = new MappingReader(mapping, what, problems, "node", "percent", "operations", "knowledge");
        node = reader.RequiredText("node");
        var percent = reader.RequiredDecimal("percent", 0, 100);
        var operations = Lines(reader, "operations", what, "操作规范");
        var knowledge = Lines(reader, "knowledge", what, "相关知识");
        return node is not null && percent is { } p && operations is not null && knowledge is not null
            ? new SpecialtyWorkTask(node, p, operations, knowledge, reader.Location)
            : null;
    }

    private List<string>? Lines(MappingReader reader, string field, string what, string chinese)
    {
        if (reader.Node(field) is null)
        {
            reader.RequiredText(field);
            return null;
        }

        var lines = reader.ScalarList(field)?.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        if (lines.Count == 0)
        {
            Error(reader.At(field), BankRules.EmptyText, $"{what}: {chinese}（{field}）至少写一条 (list at least one line)");
            return null;
        }

        return lines;
    }

    /// <summary>
    /// The 工作任务 table is the 专项's 比重表: each row's percent becomes the skill weight of its node, and the theory
    /// weight too when the 规范 has a 理论 component (the theory paper tests each task's 相关知识 in the same shares).
    /// </summary>
    private void AddSpecialtyWeights(SpecialtyStandard specialty, IReadOnlyList<ComponentSpec> components)
    {
        var tables = components.Any(c => c.Kind == ComponentKind.Theory) ? new[] { WeightTable.Skill, WeightTable.Theory } : [WeightTable.Skill];
        foreach (var table in tables)
        {
            foreach (var task in specialty.WorkTasks)
            {
                draft.Weights.Add(new WeightEntry(table, Occupation.SpecialtyLevel, task.NodeId, task.Percent, task.Location.At("percent")));
            }
        }
    }

    private bool BadFlag(SourceLocation at, string text)
    {
        Error(at, BankRules.BadValue, $"specialty: code-unconfirmed '{text}' 应为 true 或 false (must be true or false)");
        return true;
    }
}
