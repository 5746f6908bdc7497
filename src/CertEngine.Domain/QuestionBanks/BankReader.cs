using System.Globalization;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// Reads bank files (YAML) into a <see cref="BankDraft"/>. Any file may hold any section; problems are
/// collected with their lines and reading goes on, so one run reports every mistake.
/// </summary>
internal sealed partial class BankReader(BankDraft draft, ICollection<BankProblem> problems)
{
    // The fields a 专项 (no levels, no 工种) must not have.
    private static readonly string[] SpecialtyLacks = ["levels", "work-types"];

    private static readonly string[] Sections =
        ["levels", "publication-rules", "lint", "module", "occupation", "parent", "nodes", "elements", "weights", "items", "tasks", "blueprints", "review"];

    /// <summary>The publication-rule fields, as written in catalogue.yaml and occupation.yaml.</summary>
    internal static readonly string[] RuleFields =
        ["min-pool-ratio", "min-items-per-element", "min-elements-per-weight", "min-elements-per-level", "min-x-share", "max-y-share", "max-z-share"];

    /// <summary>Reads one file's sections into the draft.</summary>
    public void Read(BankFile file)
    {
        var root = YamlTreeReader.Read(file.Path, file.Text, problems);
        switch (root)
        {
            case null:
                return;
            case YamlMapping mapping:
                ReadSections(new MappingReader(mapping, Path.GetFileName(file.Path), problems, Sections));
                return;
            default:
                Error(root.Location, BankRules.SyllabusShape,
                    $"文件顶层必须是键值表，如 items: 或 nodes: (the top of a bank file must be a mapping with sections such as items: or nodes:)");
                return;
        }
    }

    private void ReadSections(MappingReader file)
    {
        if (file.Sequence("levels", required: false) is { } levels)
        {
            ReadLevels(levels);
        }

        if (file.Mapping("publication-rules", required: false) is { } rules)
        {
            ReadRules(rules);
        }

        if (file.Mapping("lint", required: false) is { } lint)
        {
            ReadLint(lint);
        }

        if (file.Mapping("module", required: false) is { } module)
        {
            var reader = new MappingReader(module, "module", problems, "id", "name");
            reader.RequiredText("id");
            reader.RequiredText("name");
        }

        if (file.Mapping("occupation", required: false) is { } occupation)
        {
            ReadOccupation(occupation);
        }

        var parent = file.OptionalText("parent");
        if (file.Sequence("nodes", required: false) is { } nodes)
        {
            foreach (var node in nodes.Items)
            {
                ReadNode(node, parent);
            }
        }

        if (file.Sequence("elements", required: false) is { } elements)
        {
            if (parent is null)
            {
                Error(elements.Location, BankRules.SyllabusShape, "elements: 需要同一文件中的 parent: 指明所属节点 (elements need a parent: node in the same file)");
            }
            else
            {
                ReadElements(elements, parent);
            }
        }

        if (file.Mapping("weights", required: false) is { } weights)
        {
            ReadWeights(weights);
        }

        if (file.Sequence("items", required: false) is { } items)
        {
            foreach (var item in items.Items)
            {
                ReadItem(item);
            }
        }

        if (file.Sequence("tasks", required: false) is { } tasks)
        {
            foreach (var task in tasks.Items)
            {
                ReadTask(task);
            }
        }

        if (file.Sequence("blueprints", required: false) is { } blueprints)
        {
            foreach (var blueprint in blueprints.Items)
            {
                ReadBlueprint(blueprint);
            }
        }

        if (file.Sequence("review", required: false) is { } reviews)
        {
            ReadReview(reviews);
        }
    }

    private void ReadLevels(YamlSequence levels)
    {
        foreach (var node in levels.Items)
        {
            if (AsMapping(node, "level") is not { } mapping)
            {
                continue;
            }

            var reader = new MappingReader(mapping, "level", problems, "digit", "name", "title");
            var digit = reader.RequiredInt("digit", 0, 9);
            var name = reader.RequiredText("name");
            var title = reader.RequiredText("title");
            if (digit is { } d && name is not null && title is not null)
            {
                draft.Levels.Add(new LevelInfo(d, name, title));
            }
        }
    }

    private void ReadRules(YamlMapping rules)
    {
        var reader = new MappingReader(rules, "publication-rules", problems, RuleFields);
        foreach (var field in RuleFields)
        {
            if (reader.OptionalDecimal(field, 0, 10_000) is { } value)
            {
                draft.RuleSettings.Add((field, value, reader.At(field)));
            }
        }
    }

    private void ReadOccupation(YamlMapping mapping)
    {
        var reader = new MappingReader(mapping, "occupation", problems,
            "code", "name", "standard", "edition", "syllabus", "valid-from", "levels", "include", "work-types", "components", "specialty");
        var code = reader.RequiredText("code");
        var name = reader.RequiredText("name");
        var standard = reader.RequiredText("standard");
        var edition = reader.RequiredText("edition");
        var syllabus = reader.OptionalText("syllabus");
        DateOnly? validFrom = null;
        if (reader.OptionalText("valid-from") is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                validFrom = parsed;
            }
            else
            {
                Error(reader.At("valid-from"), BankRules.BadValue, $"occupation: valid-from '{date}' 不是 yyyy-MM-dd 日期 (not a yyyy-MM-dd date)");
            }
        }

        var specialty = reader.Mapping("specialty", required: false) is { } written ? ReadSpecialty(written) : null;
        if (reader.Node("specialty") is not null && specialty is null)
        {
            // A 专项 whose 规范 could not be read must not be taken for an occupation with levels.
            return;
        }

        if (specialty is not null)
        {
            foreach (var field in SpecialtyLacks.Where(f => reader.Node(f) is not null))
            {
                Error(reader.At(field), BankRules.Specialty, $"occupation: 专项职业能力没有等级和工种，不写 {field} (a 专项 has no levels or 工种; remove {field})");
            }
        }

        var levels = specialty is null ? Digits(reader.ScalarList("levels"), "occupation: levels") : [];
        if (levels.Count == 0 && specialty is null)
        {
            Error(reader.At("levels"), BankRules.MissingField, "occupation: 至少要有一个等级 (levels must name at least one level)");
        }

        var includes = reader.ScalarList("include")?.Select(s => s.Value.Trim()).ToList() ?? [];
        var workTypes = new Dictionary<int, IReadOnlyList<string>>();
        if (specialty is null && reader.Mapping("work-types", required: false) is { } types)
        {
            foreach (var (key, value) in types.Entries)
            {
                if (LevelKey(key) is { } level)
                {
                    workTypes[level] = value switch
                    {
                        YamlSequence s => s.Items.OfType<YamlScalar>().Select(x => x.Value.Trim()).Where(x => x.Length > 0).ToList(),
                        YamlScalar { Value: "" } => [],
                        _ => BadList(value, "occupation: work-types"),
                    };
                }
            }
        }

        var components = new Dictionary<int, IReadOnlyList<ComponentSpec>>();
        if (reader.Mapping("components", required: true) is { } parts)
        {
            if (specialty is not null)
            {
                // A 专项 names its components directly: components: { practical: { minutes, pass-mark } }.
                components[Occupation.SpecialtyLevel] = ReadComponents(parts, "components");
            }
            else
            {
                foreach (var (key, value) in parts.Entries)
                {
                    if (LevelKey(key) is { } level && AsMapping(value, $"components {level}") is { } perLevel)
                    {
                        components[level] = ReadComponents(perLevel, $"components {level}");
                    }
                }
            }
        }

        if (code is not null && name is not null && standard is not null && edition is not null)
        {
            draft.Occupations.Add(new Occupation(code, name, standard, edition, syllabus, validFrom, levels, includes,
                workTypes, components, reader.Location) { Specialty = specialty });
            if (specialty is not null)
            {
                AddSpecialtyWeights(specialty, components.GetValueOrDefault(Occupation.SpecialtyLevel) ?? []);
            }
        }
    }

    private List<ComponentSpec> ReadComponents(YamlMapping perLevel, string what)
    {
        var result = new List<ComponentSpec>();
        var reader = new MappingReader(perLevel, what, problems, "theory", "practical", "review");
        foreach (var (kind, field) in new[] { (ComponentKind.Theory, "theory"), (ComponentKind.Practical, "practical"), (ComponentKind.Review, "review") })
        {
            if (reader.Mapping(field, required: false) is not { } spec)
            {
                continue;
            }

            var part = new MappingReader(spec, $"{what} {field}", problems, "minutes", "pass-mark");
            var minutes = part.RequiredInt("minutes", 1, 24 * 60);
            var passMark = part.RequiredDecimal("pass-mark", 0, 100);
            if (minutes is { } m && passMark is { } p)
            {
                result.Add(new ComponentSpec(kind, m, p));
            }
        }

        return result;
    }

    private List<int> Digits(IReadOnlyList<YamlScalar>? scalars, string what)
    {
        var result = new List<int>();
        foreach (var scalar in scalars ?? [])
        {
            if (MappingReader.ParseInt(scalar.Value, scalar.Location, what, 0, 9, problems) is { } digit)
            {
                result.Add(digit);
            }
        }

        return result;
    }

    private int? LevelKey(YamlScalar key) => MappingReader.ParseInt(key.Value, key.Location, "level", 0, 9, problems);

    private List<string> BadList(YamlNode node, string what)
    {
        Error(node.Location, BankRules.BadValue, $"{what} 必须是列表 (must be a list)");
        return [];
    }

    private YamlMapping? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        Error(node.Location, BankRules.BadValue, $"{what} 必须是键值表，检查缩进 (must be a mapping; check the indentation)");
        return null;
    }

    private void Error(SourceLocation location, string rule, string message) =>
        problems.Add(new BankProblem(ProblemSeverity.Error, rule, location, message));
}
