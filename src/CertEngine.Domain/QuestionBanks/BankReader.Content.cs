using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

internal sealed partial class BankReader
{
    private static readonly string[] JudgeOptionTexts = ["正确", "错误"];

    private void ReadItem(YamlNode node)
    {
        if (AsMapping(node, "item") is not { } mapping)
        {
            return;
        }

        var id = (mapping.Find("id") as YamlScalar)?.Value.Trim();
        var what = $"item {id}";
        var reader = new MappingReader(mapping, what, problems,
            "id", "version", "type", "element", "difficulty", "stem", "options", "key", "enemies", "explanation");
        id = reader.RequiredText("id");
        var version = reader.RequiredInt("version", 1, 100_000);
        var type = ParseType(reader);
        var element = reader.RequiredText("element");
        var difficulty = reader.RequiredInt("difficulty", 1, 5);
        var stem = reader.RequiredText("stem");
        var explanation = reader.OptionalText("explanation");
        var enemies = reader.ScalarList("enemies")?.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];

        var options = new List<ItemOption>();
        var optionsWritten = reader.Node("options") is not null;
        if (reader.Mapping("options", required: type is ItemType.Single or ItemType.Multiple) is { } written)
        {
            foreach (var (label, value) in written.Entries)
            {
                var text = value is YamlScalar s ? s.Value.Trim() : "";
                if (value is not YamlScalar)
                {
                    Error(value.Location, BankRules.BadValue, $"{what}: 选项 {label.Value} 必须是文字 (option {label.Value} must be text)");
                }
                else if (text.Length == 0)
                {
                    Error(value.Location, BankRules.EmptyText, $"{what}: 选项 {label.Value} 为空 (empty option {label.Value})");
                }

                options.Add(new ItemOption(label.Value.Trim(), text));
            }
        }
        else if (type == ItemType.Judge && !optionsWritten)
        {
            options.Add(new ItemOption("A", JudgeOptionTexts[0]));
            options.Add(new ItemOption("B", JudgeOptionTexts[1]));
        }

        var key = ReadKey(reader, what, type, options);
        if (id is not null && version is { } v && type is { } t && element is not null && difficulty is { } d && stem is not null && key is not null)
        {
            draft.Items.Add(new Item(id, v, t, element, d, stem, options, key, enemies, explanation, reader.Location));
        }
    }

    private List<string>? ReadKey(MappingReader reader, string what, ItemType? type, List<ItemOption> options)
    {
        var node = reader.Node("key");
        if (node is null)
        {
            reader.RequiredText("key");
            return null;
        }

        var labels = new List<string>();
        switch (node)
        {
            case YamlScalar scalar when type == ItemType.Judge && JudgeValue(scalar.Value) is { } right:
                // true names the first option (正确), false the second (错误), whatever their labels.
                if (options.Count >= 2)
                {
                    labels.Add(right ? options[0].Label : options[1].Label);
                }

                break;
            case YamlScalar scalar:
                labels.AddRange(scalar.Value.Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (type == ItemType.Multiple && labels.Count == 1 && labels[0].Length > 1 && labels[0].All(char.IsAsciiLetterUpper))
                {
                    labels = labels[0].Select(c => c.ToString()).ToList();   // "ACD" written as one word
                }

                break;
            case YamlSequence sequence:
                labels.AddRange(sequence.Items.OfType<YamlScalar>().Select(s => s.Value.Trim()));
                break;
            default:
                Error(node.Location, BankRules.BadValue, $"{what}: key 必须是选项字母或字母列表 (key must be an option letter or a list of them)");
                return null;
        }

        if (labels.Count == 0)
        {
            Error(node.Location, BankRules.EmptyText, $"{what}: 答案为空 (empty key)");
            return null;
        }

        return labels;
    }

    /// <summary>Reads a 判断 key: true/false, or the Chinese 对/错/正确/错误/√/×.</summary>
    internal static bool? JudgeValue(string text) => text.Trim() switch
    {
        "true" or "True" or "TRUE" or "对" or "正确" or "√" or "✓" => true,
        "false" or "False" or "FALSE" or "错" or "错误" or "×" or "✗" => false,
        _ => null,
    };

    private void ReadTask(YamlNode node)
    {
        if (AsMapping(node, "task") is not { } mapping)
        {
            return;
        }

        var id = (mapping.Find("id") as YamlScalar)?.Value.Trim();
        var what = $"task {id}";
        var reader = new MappingReader(mapping, what, problems,
            "id", "version", "element", "title", "minutes", "points", "mark-step", "materials", "instructions", "criteria", "vetoes", "reset");
        id = reader.RequiredText("id");
        var version = reader.RequiredInt("version", 1, 100_000);
        var element = reader.RequiredText("element");
        var title = reader.RequiredText("title");
        var minutes = reader.RequiredInt("minutes", 1, 24 * 60);
        var points = reader.RequiredDecimal("points", 1, 1000);
        var markStep = reader.OptionalDecimal("mark-step", 0.01m, 100);
        var materials = reader.ScalarList("materials")?.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        var instructions = reader.RequiredText("instructions");
        var vetoes = reader.ScalarList("vetoes")?.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        var reset = reader.Node("reset") is null ? null : reader.RequiredText("reset");
        var criteria = ReadCriteria(reader.Sequence("criteria", required: true), what, "standard", 1000);

        if (id is not null && version is { } v && element is not null && title is not null && minutes is { } m && points is { } total && instructions is not null)
        {
            draft.Tasks.Add(new PracticalTask(id, v, element, title, m, total, materials, instructions, criteria, vetoes, reader.Location)
            {
                MarkStep = markStep ?? PracticalTask.HalfPoints,
                Reset = reset,
            });
        }
    }

    /// <summary>
    /// A rubric's criteria: each an id, a name, its points (up to <paramref name="maxPoints"/>) and its words under
    /// <paramref name="textField"/> (a task's <c>standard</c>, a 综合评审 criterion's <c>guide</c>).
    /// </summary>
    private List<RubricCriterion> ReadCriteria(YamlSequence? sequence, string what, string textField, decimal maxPoints)
    {
        var criteria = new List<RubricCriterion>();
        foreach (var node in sequence?.Items ?? [])
        {
            if (AsMapping(node, $"{what} criterion") is not { } mapping)
            {
                continue;
            }

            var reader = new MappingReader(mapping, $"{what} criterion", problems, "id", "name", "points", textField);
            var id = reader.RequiredText("id");
            var name = reader.RequiredText("name");
            var points = reader.RequiredDecimal("points", 0.01m, maxPoints);
            var text = reader.RequiredText(textField);
            if (id is not null && name is not null && points is { } p && text is not null)
            {
                criteria.Add(new RubricCriterion(id, name, p, text) { Location = reader.Location });
            }
        }

        return criteria;
    }
}
