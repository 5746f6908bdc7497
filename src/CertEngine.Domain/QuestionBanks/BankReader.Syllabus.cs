using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

internal sealed partial class BankReader
{
    private void ReadNode(YamlNode node, string? parentId)
    {
        if (AsMapping(node, "node") is not { } mapping)
        {
            return;
        }

        var id = (mapping.Find("id") as YamlScalar)?.Value.Trim();
        var reader = new MappingReader(mapping, $"node {id}", problems,
            "id", "name", "levels", "work-types", "xyz", "children", "elements", "parent");
        id = reader.RequiredText("id");
        var name = reader.RequiredText("name");
        var parent = reader.OptionalText("parent") ?? parentId;
        var levels = reader.Node("levels") is null ? null : Digits(reader.ScalarList("levels"), $"node {id}: levels");
        var workTypes = reader.ScalarList("work-types")?.Select(s => s.Value.Trim()).ToList();
        var xyz = reader.OptionalText("xyz");
        if (id is null || name is null)
        {
            return;
        }

        draft.Nodes.Add(new SyllabusNode(id, name, parent, levels, workTypes, xyz, reader.Location));
        var children = reader.Sequence("children", required: false);
        var elements = reader.Sequence("elements", required: false);
        if (children is not null && elements is not null)
        {
            Error(reader.Location, BankRules.SyllabusShape,
                $"node {id}: 不能同时有 children 和 elements (a node has either children or elements, not both)");
        }

        foreach (var child in children?.Items ?? [])
        {
            ReadNode(child, id);
        }

        if (elements is not null)
        {
            ReadElements(elements, id);
        }
    }

    private void ReadElements(YamlSequence elements, string nodeId)
    {
        foreach (var node in elements.Items)
        {
            if (AsMapping(node, "element") is not { } mapping)
            {
                continue;
            }

            var id = (mapping.Find("id") as YamlScalar)?.Value.Trim();
            var reader = new MappingReader(mapping, $"element {id}", problems, "id", "name", "tag");
            id = reader.RequiredText("id");
            var name = reader.RequiredText("name");
            var tagText = reader.RequiredText("tag");
            ElementTag? tag = tagText switch
            {
                "X" => ElementTag.X,
                "Y" => ElementTag.Y,
                "Z" => ElementTag.Z,
                _ => null,
            };
            if (tagText is not null && tag is null)
            {
                Error(reader.At("tag"), BankRules.BadValue, $"element {id}: tag '{tagText}' 只能是 X、Y 或 Z (must be X, Y or Z)");
            }

            if (id is not null && name is not null && tag is { } t)
            {
                draft.Elements.Add(new SyllabusElement(id, name, t, nodeId, reader.Location));
            }
        }
    }

    private void ReadWeights(YamlMapping weights)
    {
        var reader = new MappingReader(weights, "weights", problems, "theory", "skill");
        foreach (var (table, field) in new[] { (WeightTable.Theory, "theory"), (WeightTable.Skill, "skill") })
        {
            if (reader.Mapping(field, required: false) is not { } perLevel)
            {
                continue;
            }

            foreach (var (levelKey, value) in perLevel.Entries)
            {
                var (levelText, workType) = SplitWeightKey(levelKey.Value);
                if (LevelKey(levelKey with { Value = levelText }) is not { } level || AsMapping(value, $"weights {field} {levelKey.Value}") is not { } nodes)
                {
                    continue;
                }

                if (workType is { Length: 0 })
                {
                    Error(levelKey.Location, BankRules.BadValue, $"weights {field} {levelKey.Value}: '/' 后应写工种 (a 工种 must follow the '/')");
                    continue;
                }

                foreach (var (nodeKey, percentNode) in nodes.Entries)
                {
                    if (percentNode is YamlScalar scalar
                        && MappingReader.ParseDecimal(scalar.Value, scalar.Location, $"weights {field} {level} {nodeKey.Value}", 0, 100, problems) is { } percent)
                    {
                        draft.Weights.Add(new WeightEntry(table, level, nodeKey.Value.Trim(), percent, nodeKey.Location, workType));
                    }
                    else if (percentNode is not YamlScalar)
                    {
                        Error(percentNode.Location, BankRules.BadValue, $"weights {field} {level} {nodeKey.Value}: 必须是数字 (must be a number)");
                    }
                }
            }
        }
    }

    /// <summary>A weight table's key: a level digit (<c>5</c>), or a level and one of its 工种 (<c>5/母婴护理员</c>).</summary>
    private static (string Level, string? WorkType) SplitWeightKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (key, null) : (key[..slash].Trim(), key[(slash + 1)..].Trim());
    }

    private void ReadBlueprint(YamlNode node)
    {
        if (AsMapping(node, "blueprint") is not { } mapping)
        {
            return;
        }

        var reader = new MappingReader(mapping, "blueprint", problems, "level", "work-type", "mode", "minutes", "changeover", "sections", "cells", "tasks");
        // A 专项's blueprints have no level: they are filed under Occupation.SpecialtyLevel, and the validator reports
        // a missing level in a bank with levels (only it knows which kind of bank this file belongs to).
        var level = reader.Node("level") is null ? Occupation.SpecialtyLevel : reader.RequiredInt("level", 0, 9);
        var workType = reader.OptionalText("work-type");
        var modeText = reader.RequiredText("mode");
        BlueprintMode? mode = modeText switch
        {
            "theory" or "理论" => BlueprintMode.Theory,
            "practical" or "操作" or "技能" => BlueprintMode.Practical,
            _ => null,
        };
        if (modeText is not null && mode is null)
        {
            Error(reader.At("mode"), BankRules.BadValue, $"blueprint: mode '{modeText}' 只能是 theory 或 practical (must be theory or practical)");
        }

        var minutes = reader.RequiredInt("minutes", 1, 24 * 60);
        var changeover = reader.OptionalInt("changeover", 0, 60);
        if (changeover is not null && mode == BlueprintMode.Theory)
        {
            Error(reader.At("changeover"), BankRules.BadValue, "blueprint: changeover 只用于操作技能考核 (changeover is for a practical blueprint only)");
        }

        var sections = new List<PaperSection>();
        var cells = new List<BlueprintCell>();
        var tasks = new List<TaskDraw>();
        if (mode == BlueprintMode.Theory)
        {
            foreach (var section in reader.Sequence("sections", required: true)?.Items ?? [])
            {
                if (AsMapping(section, "section") is not { } s)
                {
                    continue;
                }

                var sr = new MappingReader(s, "blueprint section", problems, "type", "count", "points");
                var type = ParseType(sr);
                var count = sr.RequiredInt("count", 1, 1000);
                var points = sr.RequiredDecimal("points", 0.01m, 100);
                if (type is { } t && count is { } c && points is { } p)
                {
                    sections.Add(new PaperSection(t, c, p));
                }
            }

            foreach (var (key, value) in reader.Mapping("cells", required: true)?.Entries ?? [])
            {
                if (AsMapping(value, $"cell {key.Value}") is not { } counts)
                {
                    continue;
                }

                var perType = new Dictionary<ItemType, int>();
                foreach (var (typeKey, countNode) in counts.Entries)
                {
                    var type = ItemTypes.Parse(typeKey.Value);
                    if (type is null)
                    {
                        Error(typeKey.Location, BankRules.BadValue, $"cell {key.Value}: 题型 '{typeKey.Value}' 不认识 (unknown item type; use single, multiple or judge)");
                    }
                    else if (countNode is YamlScalar cs && MappingReader.ParseInt(cs.Value, cs.Location, $"cell {key.Value} {typeKey.Value}", 0, 1000, problems) is { } count)
                    {
                        perType[type.Value] = count;
                    }
                }

                cells.Add(new BlueprintCell(key.Value.Trim(), perType, key.Location));
            }
        }
        else if (mode == BlueprintMode.Practical)
        {
            foreach (var (key, value) in reader.Mapping("tasks", required: true)?.Entries ?? [])
            {
                if (value is YamlScalar s && MappingReader.ParseInt(s.Value, s.Location, $"tasks {key.Value}", 1, 100, problems) is { } count)
                {
                    tasks.Add(new TaskDraw(key.Value.Trim(), count, key.Location));
                }
            }
        }

        if (level is { } l && mode is { } m && minutes is { } min)
        {
            draft.Blueprints.Add(new Blueprint(l, workType, m, min, sections, cells, tasks, reader.Location) { Changeover = changeover ?? 0 });
        }
    }

    private ItemType? ParseType(MappingReader reader)
    {
        var text = reader.RequiredText("type");
        if (text is null)
        {
            return null;
        }

        var type = ItemTypes.Parse(text);
        if (type is null)
        {
            Error(reader.At("type"), BankRules.BadValue, $"题型 '{text}' 不认识，应为 single、multiple 或 judge (unknown type '{text}'; use single, multiple or judge)");
        }

        return type;
    }
}
