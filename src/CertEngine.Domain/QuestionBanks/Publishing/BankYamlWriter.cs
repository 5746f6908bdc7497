using System.Globalization;
using YamlDotNet.Serialization;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>
/// Writes a whole bank as one YAML file in the authoring format (all sections, modules folded in), which
/// is what a published version freezes. The bank reader reads it back to the same content.
/// </summary>
/// <remarks>
/// Texts are quoted whenever a YAML 1.1 reader would type them otherwise (<c>1:10</c>, <c>yes</c>, <c>010</c>, dates), so
/// provincial tools built on PyYAML read the frozen file as we do. Quoting changes the layout, never the content: the
/// manifest pins content hashes (<see cref="ContentHash"/>), so versions frozen before this stay valid.
/// </remarks>
public static class BankYamlWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithEventEmitter(next => new Yaml11QuotingEmitter(next))
        .DisableAliases()
        .Build();

    /// <summary>The YAML text of <paramref name="bank"/>, with <paramref name="header"/> as its leading comment.</summary>
    public static string Write(Bank bank, string header)
    {
        var document = new OrderedDictionary<string, object?>
        {
            ["levels"] = bank.LevelCatalogue.Select(l => Map(("digit", l.Digit), ("name", l.Name), ("title", l.Title))).ToList(),
            ["publication-rules"] = Rules(bank.Rules),
            ["occupation"] = Occupation(bank.Occupation),
            ["nodes"] = bank.Roots.Select(n => Node(bank, n)).ToList(),
            ["weights"] = Weights(bank),
            ["items"] = bank.Items.Select(Item).ToList(),
            ["tasks"] = bank.Tasks.Select(Task).ToList(),
            ["blueprints"] = bank.Blueprints.Select(b => Blueprint(b, bank.Occupation.IsSpecialty)).ToList(),
        };
        if (bank.Reviews.Count > 0)
        {
            // Written only when the bank has review material, so versions published before it existed read as they were.
            document["review"] = bank.Reviews.Select(Review).ToList();
        }

        return Comment(header) + Serializer.Serialize(document);
    }

    /// <summary>Items alone, as an items file (<c>items:</c>), for the spreadsheet import.</summary>
    public static string WriteItems(IEnumerable<Item> items, string header) =>
        Comment(header) + Serializer.Serialize(new OrderedDictionary<string, object?> { ["items"] = items.Select(Item).ToList() });

    /// <summary>Practical tasks alone, as a tasks file (<c>tasks:</c>), for the spreadsheet import.</summary>
    public static string WriteTasks(IEnumerable<PracticalTask> tasks, string header) =>
        Comment(header) + Serializer.Serialize(new OrderedDictionary<string, object?> { ["tasks"] = tasks.Select(Task).ToList() });

    private static string Comment(string header) => string.Concat(header.Split('\n').Select(l => "# " + l.TrimEnd() + "\n"));

    private static OrderedDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map[key] = value;
            }
        }

        return map;
    }

    private static string Number(decimal value) => ContentHash.Number(value);

    private static OrderedDictionary<string, object?> Rules(PublicationRules r) => Map(
        ("min-pool-ratio", Number(r.MinPoolRatio)),
        ("min-items-per-element", r.MinItemsPerElement),
        ("min-elements-per-weight", Number(r.MinElementsPerWeight)),
        ("min-elements-per-level", r.MinElementsPerLevel),
        ("min-x-share", Number(r.MinXShare)),
        ("max-y-share", Number(r.MaxYShare)),
        ("max-z-share", Number(r.MaxZShare)));

    private static OrderedDictionary<string, object?> Occupation(Occupation o) => o.Specialty is { } specialty
        ? Map(
            ("code", o.Code),
            ("name", o.Name),
            ("standard", o.Standard),
            ("edition", o.Edition),
            ("syllabus", o.SyllabusTitle),
            ("valid-from", o.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("specialty", Specialty(specialty)),
            ("components", Components(o.ComponentsFor(null))))
        : Map(
        ("code", o.Code),
        ("name", o.Name),
        ("standard", o.Standard),
        ("edition", o.Edition),
        ("syllabus", o.SyllabusTitle),
        ("valid-from", o.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("levels", o.Levels.ToList()),
        ("work-types", o.WorkTypes.ToDictionary(x => x.Key, x => x.Value.ToList())),
        ("components", o.Components.ToDictionary(x => x.Key, x => Components(x.Value))));

    private static OrderedDictionary<string, object?> Components(IReadOnlyList<ComponentSpec> components) => Map(components
        .Select(c => (c.Kind.ToString().ToLowerInvariant(), (object?)Map(("minutes", c.Minutes), ("pass-mark", Number(c.PassMark)))))
        .ToArray());

    private static OrderedDictionary<string, object?> Specialty(SpecialtyStandard s) => Map(
        ("code-unconfirmed", s.CodeUnconfirmed ? true : null),
        ("issuer", s.Issuer),
        ("definition", s.Definition),
        ("audience", s.Audience),
        ("requirements", s.Requirements),
        ("work-tasks", s.WorkTasks.Select(t => Map(
            ("node", t.NodeId),
            ("percent", Number(t.Percent)),
            ("operations", t.Operations.ToList()),
            ("knowledge", t.Knowledge.ToList()))).ToList()));

    private static OrderedDictionary<string, object?> Node(Bank bank, SyllabusNode node)
    {
        var children = bank.ChildrenOf(node.Id);
        var elements = bank.ElementsOf(node.Id);
        return Map(
            ("id", node.Id),
            ("name", node.Name),
            ("levels", node.Levels?.ToList()),
            ("work-types", node.WorkTypes?.ToList()),
            ("xyz", node.Xyz),
            ("children", children.Count > 0 ? children.Select(c => Node(bank, c)).ToList() : null),
            ("elements", elements.Count > 0 ? elements.Select(e => Map(("id", e.Id), ("name", e.Name), ("tag", e.Tag.ToString()))).ToList() : null));
    }

    private static OrderedDictionary<string, object?> Weights(Bank bank) => Map(
        ("theory", WeightTable(bank, QuestionBanks.WeightTable.Theory)),
        ("skill", WeightTable(bank, QuestionBanks.WeightTable.Skill)));

    private static Dictionary<object, Dictionary<string, string>>? WeightTable(Bank bank, WeightTable table)
    {
        if (bank.Occupation.IsSpecialty)
        {
            return null;   // a 专项's weights are its work-task table, written with the occupation
        }

        // A level's table under its digit, a 工种's own table under "level/工种", as the syllabus writes them.
        var levels = bank.Weights.Where(w => w.Table == table).GroupBy(w => (w.Level, w.WorkType)).ToList();
        return levels.Count == 0 ? null : levels.ToDictionary(
            g => g.Key.WorkType is null ? (object)g.Key.Level : $"{g.Key.Level}/{g.Key.WorkType}",
            g => g.ToDictionary(w => w.NodeId, w => Number(w.Percent)));
    }

    private static object Item(Item item)
    {
        var shortJudge = item.Type == ItemType.Judge && item.Options is [{ Label: "A", Text: "正确" }, { Label: "B", Text: "错误" }];
        return Map(
        ("id", item.Id),
        ("version", item.Version),
        ("type", item.Type.ToYaml()),
        ("element", item.ElementId),
        ("difficulty", item.Difficulty),
        ("stem", item.Stem),
        ("options", shortJudge ? null : item.Options.ToDictionary(o => o.Label, o => o.Text)),
        ("key", shortJudge ? (object)(item.Key[0] == "A") : item.Type == ItemType.Multiple ? item.Key.ToList() : item.Key[0]),
        ("enemies", item.Enemies.Count > 0 ? item.Enemies.ToList() : null),
        ("explanation", item.Explanation));
    }

    private static object Task(PracticalTask task) => Map(
        ("id", task.Id),
        ("version", task.Version),
        ("element", task.NodeId),
        ("title", task.Title),
        ("minutes", task.Minutes),
        ("points", Number(task.Points)),
        ("mark-step", task.MarkStep == PracticalTask.HalfPoints ? null : Number(task.MarkStep)),   // written only when not the default
        ("materials", task.Materials.ToList()),
        ("instructions", task.Instructions),
        ("criteria", task.Criteria.Select(c => Map(("id", c.Id), ("name", c.Name), ("points", Number(c.Points)), ("standard", c.Standard))).ToList()),
        ("vetoes", task.Vetoes.ToList()),
        ("reset", task.Reset));

    private static object Review(ReviewMaterial r) => Map(
        ("level", r.Level),
        ("minutes", r.Minutes),
        ("summary", Map(("kinds", r.Summary.Kinds.ToList()), ("min-chars", r.Summary.MinChars), ("requirements", r.Summary.Requirements.ToList()))),
        ("criteria", r.Criteria.Select(c => Map(("id", c.Id), ("name", c.Name), ("points", Number(c.Points)), ("guide", c.Standard))).ToList()),
        ("questions", Map(
            ("draw", r.Draw),
            ("pool", r.Questions.Select(q => Map(("id", q.Id), ("version", q.Version), ("element", q.ElementId), ("text", q.Text), ("points", q.Points.ToList()))).ToList()))));

    private static OrderedDictionary<string, object?> Blueprint(Blueprint b, bool specialty) => Map(
        ("level", specialty ? null : b.Level),
        ("work-type", b.WorkType),
        ("mode", b.Mode.ToString().ToLowerInvariant()),
        ("minutes", b.Minutes),
        ("changeover", b.Changeover > 0 ? b.Changeover : null),
        ("sections", b.Mode == BlueprintMode.Theory
            ? b.Sections.Select(s => Map(("type", s.Type.ToYaml()), ("count", s.Count), ("points", Number(s.Points)))).ToList()
            : null),
        ("cells", b.Mode == BlueprintMode.Theory
            ? b.Cells.ToDictionary(c => c.NodeId, c => c.Counts.ToDictionary(x => x.Key.ToYaml(), x => x.Value))
            : null),
        ("tasks", b.Mode == BlueprintMode.Practical ? b.Tasks.ToDictionary(t => t.NodeId, t => t.Count) : null));
}
