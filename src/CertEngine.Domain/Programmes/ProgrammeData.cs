using System.Globalization;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Programmes;

/// <summary>
/// The programme data folder (<c>programme/</c>, shipped beside <c>tracks/</c>): <c>programmes.yaml</c> (occupations →
/// programmes and the subsidy city), <c>subsidies/&lt;city&gt;.yaml</c> (培训补贴 rules) and <c>targets.example.yaml</c> (the
/// plan's targets, shown until an Admin enters some). Problems name the file and line.
/// </summary>
/// <param name="Map">Occupations → programmes.</param>
/// <param name="Subsidies">The subsidy city's rules.</param>
/// <param name="ExampleTargets">The example targets.</param>
/// <param name="ExampleSource">Where the example targets come from.</param>
public sealed record ProgrammeData(ProgrammeMap Map, SubsidyRules Subsidies, IReadOnlyList<ProgrammeTarget> ExampleTargets, string ExampleSource)
{
    /// <summary>The programmes file.</summary>
    public const string ProgrammesFile = "programmes.yaml";

    /// <summary>The example targets file.</summary>
    public const string TargetsFile = "targets.example.yaml";

    /// <summary>Reads the folder; the problems found, or the data.</summary>
    public static (ProgrammeData? Data, IReadOnlyList<string> Problems) Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var problems = new List<BankProblem>();
        string Read(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
        var programmesPath = Path.Combine(root, ProgrammesFile);
        if (!File.Exists(programmesPath))
        {
            return (null, [$"{programmesPath}: 缺少方案文件 (missing programme file)"]);
        }

        var (map, city) = ReadProgrammes(programmesPath, Read(programmesPath), problems);
        SubsidyRules? rules = null;
        if (city is not null)
        {
            var rulesPath = Path.Combine(root, "subsidies", city + ".yaml");
            rules = File.Exists(rulesPath) ? ReadSubsidies(rulesPath, Read(rulesPath), problems) : null;
            if (!File.Exists(rulesPath))
            {
                problems.Add(Problem(new SourceLocation(rulesPath, 0), $"缺少补贴规则文件 (missing subsidy rules for {city})"));
            }
        }

        var targetsPath = Path.Combine(root, TargetsFile);
        var (targets, source) = File.Exists(targetsPath) && map is not null ? ReadTargets(targetsPath, Read(targetsPath), map, problems) : ([], "");
        return problems.Count > 0 || map is null || rules is null
            ? (null, problems.Select(p => p.ToString()).DefaultIfEmpty($"{root}: 方案数据不完整 (incomplete programme data)").ToList())
            : (new ProgrammeData(map, rules, targets, source), []);
    }

    /// <summary>Reads <c>programmes.yaml</c>: the map and the subsidy city.</summary>
    public static (ProgrammeMap? Map, string? City) ReadProgrammes(string file, string text, ICollection<BankProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (YamlTreeReader.Read(file, text, problems) is not YamlMapping root)
        {
            problems.Add(Problem(new SourceLocation(file, 0), "应为映射 (expected a mapping)"));
            return (null, null);
        }

        var reader = new MappingReader(root, "programmes", problems, "subsidy-city", "programmes");
        var city = reader.RequiredText("subsidy-city");
        if (city is not null && !city.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add(Problem(reader.At("subsidy-city"), "subsidy-city 只能含小写字母、数字和 - (lower-case letters, digits and dashes only)"));
            city = null;
        }

        var programmes = new List<ProgrammeDefinition>();
        var seen = new HashSet<(string, string, bool)>();
        foreach (var node in reader.Sequence("programmes", required: true)?.Items ?? [])
        {
            if (node is not YamlMapping mapping)
            {
                problems.Add(Problem(node.Location, "每个方案应为映射 (each programme is a mapping)"));
                continue;
            }

            var p = new MappingReader(mapping, "programme", problems, "id", "name", "english", "occupations");
            var id = p.RequiredText("id");
            var occupations = new List<ProgrammeOccupation>();
            foreach (var entry in p.Sequence("occupations", required: true)?.Items ?? [])
            {
                if (entry is not YamlMapping occupationMapping)
                {
                    problems.Add(Problem(entry.Location, "每个职业应为映射 (each occupation is a mapping)"));
                    continue;
                }

                var o = new MappingReader(occupationMapping, "occupation", problems, "code", "work-type", "name", "specialty", "code-unconfirmed");
                var code = o.RequiredText("code");
                var name = o.RequiredText("name");
                var occupation = new ProgrammeOccupation(code ?? "", o.OptionalText("work-type"), name ?? "", Flag(o, "specialty", problems), Flag(o, "code-unconfirmed", problems));
                if (code is null || name is null)
                {
                    continue;
                }

                if (code.Contains('/', StringComparison.Ordinal) || (occupation.Specialty && occupation.WorkType is not null))
                {
                    problems.Add(Problem(o.At("code"), $"职业 {code}: 代码不能含 /，专项没有工种 (no '/' in a code; a 专项 has no 工种)"));
                }
                else if (!seen.Add((code, occupation.WorkType ?? "", occupation.Specialty)))
                {
                    problems.Add(Problem(o.At("code"), $"职业 {code} {occupation.WorkType} 重复 (listed twice)"));
                }
                else
                {
                    occupations.Add(occupation);
                }
            }

            if (id is not null && programmes.Any(x => x.Id == id))
            {
                problems.Add(Problem(p.At("id"), $"方案 {id} 重复 (programme listed twice)"));
            }
            else if (id is not null)
            {
                programmes.Add(new ProgrammeDefinition(id, p.RequiredText("name") ?? id, p.OptionalText("english") ?? id, occupations));
            }
        }

        return (programmes.Count > 0 ? new ProgrammeMap(programmes) : null, city);
    }

    /// <summary>Reads a city's subsidy rules.</summary>
    public static SubsidyRules? ReadSubsidies(string file, string text, ICollection<BankProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (YamlTreeReader.Read(file, text, problems) is not YamlMapping root)
        {
            problems.Add(Problem(new SourceLocation(file, 0), "应为映射 (expected a mapping)"));
            return null;
        }

        var r = new MappingReader(root, "subsidies", problems, "city", "name", "source", "unconfirmed", "window-months", "counties", "levels", "specialty", "occupations");
        var city = r.RequiredText("city");
        var name = r.RequiredText("name");
        var window = r.RequiredInt("window-months", 1, 120);
        var counties = (r.ScalarList("counties") ?? []).Select(s => s.Value.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        var levels = Amounts(r.Mapping("levels", required: true), problems);
        var specialty = r.OptionalDecimal("specialty", 0, 1_000_000);
        var overrides = new Dictionary<string, SubsidyOverride>(StringComparer.Ordinal);
        foreach (var (key, value) in r.Mapping("occupations", required: false)?.Entries ?? [])
        {
            if (value is not YamlMapping own)
            {
                problems.Add(Problem(value.Location, $"{key.Value}: 应为映射 (expected a mapping)"));
                continue;
            }

            var o = new MappingReader(own, key.Value, problems, "levels", "specialty");
            overrides[key.Value] = new SubsidyOverride(Amounts(o.Mapping("levels", required: false), problems), o.OptionalDecimal("specialty", 0, 1_000_000));
        }

        return city is null || name is null || window is null
            ? null
            : new SubsidyRules(city, name, r.OptionalText("source") ?? "", Flag(r, "unconfirmed", problems), window.Value, counties, levels, specialty, overrides);
    }

    /// <summary>Reads the example targets.</summary>
    public static (IReadOnlyList<ProgrammeTarget> Targets, string Source) ReadTargets(string file, string text, ProgrammeMap map, ICollection<BankProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(problems);
        if (YamlTreeReader.Read(file, text, problems) is not YamlMapping root)
        {
            problems.Add(Problem(new SourceLocation(file, 0), "应为映射 (expected a mapping)"));
            return ([], "");
        }

        var r = new MappingReader(root, "targets", problems, "source", "targets");
        var targets = new List<ProgrammeTarget>();
        foreach (var node in r.Sequence("targets", required: true)?.Items ?? [])
        {
            if (node is not YamlMapping mapping)
            {
                problems.Add(Problem(node.Location, "每个目标应为映射 (each target is a mapping)"));
                continue;
            }

            var t = new MappingReader(mapping, "target", problems, "programme", "year", "from", "count");
            var year = t.RequiredInt("year", ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear);
            var target = new ProgrammeTarget(t.RequiredText("programme") ?? "", year ?? 0, t.OptionalInt("from", ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear) ?? year ?? 0,
                t.RequiredInt("count", 0, ProgrammeTarget.MaxCount) ?? 0);
            if (target.Check(map) is { } refused)
            {
                problems.Add(Problem(t.Location, $"目标无效 (target refused: {refused.Reason} {string.Join(", ", refused.Args)})"));
            }
            else if (targets.Any(x => x.Programme == target.Programme && x.Year == target.Year))
            {
                problems.Add(Problem(t.Location, $"{target.Programme} {target.Year} 重复 (listed twice)"));
            }
            else
            {
                targets.Add(target);
            }
        }

        return (targets, r.OptionalText("source") ?? "");
    }

    private static Dictionary<int, decimal> Amounts(YamlMapping? mapping, ICollection<BankProblem> problems)
    {
        var amounts = new Dictionary<int, decimal>();
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            var digit = MappingReader.ParseInt(key.Value, key.Location, "level", 0, 9, problems);
            var amount = value is YamlScalar scalar ? MappingReader.ParseDecimal(scalar.Value, value.Location, "amount", 0, 1_000_000, problems) : null;
            if (value is not YamlScalar)
            {
                problems.Add(Problem(value.Location, $"等级 {key.Value}: 金额应为数字 (the amount is a number)"));
            }

            if (digit is { } d && amount is { } a)
            {
                amounts[d] = decimal.Round(a, 2);
            }
        }

        return amounts;
    }

    private static bool Flag(MappingReader reader, string field, ICollection<BankProblem> problems)
    {
        var text = reader.OptionalText(field);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                problems.Add(Problem(reader.At(field), string.Create(CultureInfo.InvariantCulture, $"{field}: 只能是 true 或 false (true or false)")));
                return false;
        }
    }

    private static BankProblem Problem(SourceLocation at, string message) => new(ProblemSeverity.Error, "programme-data", at, message);
}
