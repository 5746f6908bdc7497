using CertEngine.Domain.Publicity;
using CertEngine.Domain.Supervision;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// Reads tracks files (YAML) into defaults and per-occupation settings, reporting each mistake at its line and going on,
/// so one run reports every mistake. Defaults are read from every file before any occupation, because occupation files
/// use the certificate-number formats they set.
/// </summary>
internal sealed partial class TrackCatalogueReader(ICollection<BankProblem> problems)
{
    private static readonly string[] FileSections = ["defaults", "occupation", "retake", "multiple-choice", "components", "staffing", "extra-time", "publicity", "eligibility", "supervision"];
    private static readonly (string Name, ComponentKind Kind)[] Kinds =
        [("theory", ComponentKind.Theory), ("practical", ComponentKind.Practical), ("review", ComponentKind.Review)];

    public TrackDefaults Defaults { get; private set; } = TrackDefaults.Code;

    public List<OccupationTrackSettings> Occupations { get; } = [];

    public void Read(IEnumerable<BankFile> files)
    {
        var roots = new List<MappingReader>();
        foreach (var file in files)
        {
            switch (YamlTreeReader.Read(file.Path, file.Text, problems))
            {
                case null:
                    break;
                case YamlMapping mapping:
                    roots.Add(new MappingReader(mapping, Path.GetFileName(file.Path), problems, FileSections));
                    break;
                case var other:
                    Error(other.Location, BankRules.SyllabusShape, "文件顶层必须是键值表，如 occupation: 或 defaults: (the top of a tracks file must be a mapping with sections such as occupation: or defaults:)");
                    break;
            }
        }

        var defaultsSeen = (SourceLocation?)null;
        foreach (var root in roots)
        {
            if (root.Mapping("defaults", required: false) is { } defaults)
            {
                if (defaultsSeen is not null)
                {
                    Error(defaults.Location, TrackRules.DuplicateTrackData, $"defaults: 只能写一处，首个在 {defaultsSeen} (defaults may be written once; the first is at {defaultsSeen})");
                    continue;
                }

                defaultsSeen = defaults.Location;
                Defaults = ReadDefaults(defaults);
            }
        }

        foreach (var root in roots)
        {
            if (root.Mapping("occupation", required: false) is { } occupation)
            {
                ReadOccupationFile(root, occupation);
            }
            else if (root.Node("defaults") is null)
            {
                Error(root.Location, BankRules.MissingField, "tracks 文件需要 occupation: 或 defaults: 部分 (a tracks file needs an occupation: or a defaults: section)");
            }
        }
    }

    private TrackDefaults ReadDefaults(YamlMapping mapping)
    {
        var reader = new MappingReader(mapping, "defaults", problems, "retake", "multiple-choice", "scoring", "staffing", "extra-time", "publicity", "certificate-numbers", "supervision");
        var code = TrackDefaults.Code;
        var practical = code.PracticalScoring;
        var review = code.ReviewScoring;
        if (reader.Mapping("scoring", required: false) is { } scoring)
        {
            var byKind = new MappingReader(scoring, "defaults scoring", problems, "practical", "review");
            if (byKind.Mapping("practical", required: false) is { } p && ReadScoring(p, "defaults scoring practical") is { } ps)
            {
                practical = ps.ApplyTo(practical);
            }

            if (byKind.Mapping("review", required: false) is { } r && ReadScoring(r, "defaults scoring review") is { } rs)
            {
                review = rs.ApplyTo(review);
            }
        }

        var formats = code.NumberFormats;
        if (reader.Sequence("certificate-numbers", required: false) is { } numbers)
        {
            formats = numbers.Items.Select(ReadNumberFormat).OfType<CertificateNumberFormat>().ToList();
        }

        return new TrackDefaults(
            ReadRetake(reader) ?? code.Retake,
            ReadMultipleChoice(reader) ?? code.MultipleChoice,
            practical,
            review,
            formats,
            ReadStaffing(reader, "defaults staffing")?.ApplyTo(code.Staffing) ?? code.Staffing)
        {
            ExtraTime = ReadExtraTime(reader, "defaults extra-time") ?? code.ExtraTime,
            Publicity = ReadPublicity(reader, "defaults publicity") ?? code.Publicity,
            Supervision = ReadSupervision(reader, "defaults supervision") ?? code.Supervision,
        };
    }

    /// <summary>Reads <c>extra-time: { ceiling-minutes: N }</c>: the most extra time (延时) one candidate may get in a sitting.</summary>
    private ExtraTimeRule? ReadExtraTime(MappingReader owner, string what)
    {
        if (owner.Mapping("extra-time", required: false) is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, what, problems, "ceiling-minutes");
        return reader.RequiredInt("ceiling-minutes", 0, 24 * 60) is { } minutes ? new ExtraTimeRule(minutes) : null;
    }

    /// <summary>
    /// Reads <c>publicity: off</c> (no 成绩公示) or <c>publicity: { working-days: N }</c> (1–30 working days before
    /// certificates are issued).
    /// </summary>
    private PublicityRule? ReadPublicity(MappingReader owner, string what)
    {
        switch (owner.Node("publicity"))
        {
            case null:
                return null;
            case YamlScalar { Value: "off" }:
                return PublicityRule.Off;
            case YamlMapping mapping:
                var reader = new MappingReader(mapping, what, problems, "working-days");
                return reader.RequiredInt("working-days", 1, PublicityRule.MaxWorkingDays) is { } days ? new PublicityRule(days) : null;
            case var other:
                Error(other.Location, BankRules.BadValue, $"{what}: 应为 off 或 {{ working-days: N }} (must be off or {{ working-days: N }})");
                return null;
        }
    }

    /// <summary>Reads <c>supervision: required</c> (逢考必督: results wait for a signed supervision record) or <c>supervision: off</c>.</summary>
    private SupervisionRule? ReadSupervision(MappingReader owner, string what)
    {
        switch (owner.Node("supervision"))
        {
            case null:
                return null;
            case YamlScalar { Value: "off" }:
                return SupervisionRule.Off;
            case YamlScalar { Value: "required" }:
                return SupervisionRule.RequiredForEverySitting;
            case var other:
                Error(other.Location, BankRules.BadValue, $"{what}: 应为 required 或 off (must be required or off)");
                return null;
        }
    }

    /// <summary>Reads <c>staffing:</c> (RULES.md §4): <c>theory</c>, <c>practical</c> and <c>review</c>, each optional.</summary>
    private StaffingSettings? ReadStaffing(MappingReader owner, string what)
    {
        if (owner.Mapping("staffing", required: false) is not { } mapping)
        {
            return null;
        }

        var byKind = new MappingReader(mapping, what, problems, "theory", "practical", "review");
        var theory = byKind.Mapping("theory", required: false) is { } t
            ? new MappingReader(t, what + " theory", problems, "minimum-proctors", "candidates-per-proctor")
            : null;
        var practical = byKind.Mapping("practical", required: false) is { } p
            ? new MappingReader(p, what + " practical", problems, "minimum-assessors", "candidates-per-assessor", "odd")
            : null;
        var review = byKind.Mapping("review", required: false) is { } r
            ? new MappingReader(r, what + " review", problems, "minimum-panel", "odd")
            : null;
        return new StaffingSettings(
            theory?.OptionalInt("minimum-proctors", 1, 99),
            theory?.OptionalInt("candidates-per-proctor", 1, 999),
            practical?.OptionalInt("minimum-assessors", 1, 99),
            practical?.OptionalInt("candidates-per-assessor", 1, 999),
            practical is null ? null : ReadBool(practical, "odd"),
            review?.OptionalInt("minimum-panel", 1, 99),
            review is null ? null : ReadBool(review, "odd"));
    }

    private CertificateNumberFormat? ReadNumberFormat(YamlNode node)
    {
        if (AsMapping(node, "certificate-numbers") is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "certificate-numbers", problems, "name", "pattern", "level-position");
        var name = reader.RequiredText("name");
        var pattern = reader.RequiredText("pattern");
        var position = reader.RequiredInt("level-position", 1, 64);
        if (pattern is not null && !CertificateNumberFormat.IsValidPattern(pattern))
        {
            Error(reader.At("pattern"), TrackRules.NumberPattern, $"certificate-numbers: '{pattern}' 不是有效的正则表达式 (not a valid regular expression)");
            return null;
        }

        return name is not null && pattern is not null && position is { } p ? new CertificateNumberFormat(name, pattern, p) : null;
    }

    private void ReadOccupationFile(MappingReader file, YamlMapping occupationMapping)
    {
        var occupation = new MappingReader(occupationMapping, "occupation", problems, "code", "name", "specialty", "related-occupations");
        var code = occupation.RequiredText("code");
        var name = occupation.RequiredText("name");
        var specialty = ReadBool(occupation, "specialty") ?? false;
        var related = occupation.ScalarList("related-occupations")?.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        if (code is not null && code.Contains('/', StringComparison.Ordinal))
        {
            Error(occupation.At("code"), BankRules.BadValue, $"occupation: code '{code}' 不能含 '/' (a code cannot contain '/')");
            code = null;
        }

        var components = file.Mapping("components", required: false) is { } parts
            ? ReadComponents(parts, specialty)
            : [];
        var byLevel = new Dictionary<int, EligibilityRuleSet>();
        EligibilityRuleSet? specialtySet = null;
        if (code is not null && name is not null && file.Sequence("eligibility", required: true) is { } sets)
        {
            var context = new EligibilityContext(code, [name, code, .. related], Defaults.NumberFormats);
            foreach (var node in sets.Items)
            {
                if (ReadRuleSet(node, context, specialty) is not { } read)
                {
                    continue;
                }

                if (specialty)
                {
                    if (specialtySet is not null)
                    {
                        Error(node.Location, TrackRules.DuplicateTrackData, "eligibility: 专项只能有一套申报条件 (a 专项 has one rule set)");
                    }

                    specialtySet ??= read.Set;
                }
                else if (read.Level is { } level && !byLevel.TryAdd(level, read.Set))
                {
                    Error(node.Location, TrackRules.DuplicateTrackData, $"eligibility: 等级 {level} 的申报条件重复 (a second rule set for level {level})");
                }
            }
        }

        var retake = ReadRetake(file);
        var multipleChoice = ReadMultipleChoice(file);
        var staffing = ReadStaffing(file, "staffing");
        var extraTime = ReadExtraTime(file, "extra-time");
        var publicity = ReadPublicity(file, "publicity");
        var supervision = ReadSupervision(file, "supervision");
        if (code is null || name is null)
        {
            return;
        }

        if (Occupations.FirstOrDefault(o => o.Code == code) is { } earlier)
        {
            Error(occupation.At("code"), TrackRules.DuplicateTrackData, $"occupation: {code} 已在 {earlier.Location} 设置 (settings for {code} are already at {earlier.Location})");
            return;
        }

        Occupations.Add(new OccupationTrackSettings(code, name, specialty, retake, multipleChoice, components, byLevel, specialtySet, occupation.Location, staffing)
        {
            ExtraTime = extraTime,
            Publicity = publicity,
            Supervision = supervision,
        });
    }

    private List<ComponentSettings> ReadComponents(YamlMapping parts, bool specialty)
    {
        var result = new List<ComponentSettings>();
        if (specialty)
        {
            // Minutes and pass mark may come from the 专项's bank (its 考核规范); TrackCatalogue.Create checks that one of the two gives them.
            ReadKinds(parts, null, "components", required: false, result);
            return result;
        }

        foreach (var (key, value) in parts.Entries)
        {
            int? level = key.Value == "all" ? null : MappingReader.ParseInt(key.Value, key.Location, "components: 等级 (level, or all)", 0, 9, problems);
            if ((key.Value == "all" || level is not null) && AsMapping(value, $"components {key.Value}") is { } perLevel)
            {
                ReadKinds(perLevel, level, $"components {key.Value}", required: false, result);
            }
        }

        return result;
    }

    private void ReadKinds(YamlMapping mapping, int? level, string what, bool required, List<ComponentSettings> result)
    {
        var reader = new MappingReader(mapping, what, problems, Kinds.Select(k => k.Name).ToArray());
        foreach (var (name, kind) in Kinds)
        {
            if (reader.Mapping(name, required: false) is not { } spec)
            {
                continue;
            }

            var fields = kind == ComponentKind.Theory ? new[] { "minutes", "pass-mark" } : ["minutes", "pass-mark", "scoring"];
            var part = new MappingReader(spec, $"{what} {name}", problems, fields);
            var minutes = required ? part.RequiredInt("minutes", 1, 24 * 60) : part.OptionalInt("minutes", 1, 24 * 60);
            var passMark = required ? part.RequiredDecimal("pass-mark", 0, 100) : part.OptionalDecimal("pass-mark", 0, 100);
            var scoring = kind != ComponentKind.Theory && part.Mapping("scoring", required: false) is { } s ? ReadScoring(s, $"{what} {name} scoring") : null;
            result.Add(new ComponentSettings(level, kind, minutes, passMark, scoring, part.Location));
        }
    }

    private ScoringSettings? ReadScoring(YamlMapping mapping, string what)
    {
        var reader = new MappingReader(mapping, what, problems, "assessors", "aggregation", "adjudication-threshold", "veto");
        return new ScoringSettings(
            reader.OptionalInt("assessors", 1, 99),
            ReadEnum(reader, "aggregation", [("mean", ScoreAggregation.Mean), ("median", ScoreAggregation.Median), ("trimmed-mean", ScoreAggregation.TrimmedMean)]),
            reader.OptionalDecimal("adjudication-threshold", 0, 100),
            ReadEnum(reader, "veto", [("task-scores-zero", VetoEffect.TaskScoresZero), ("component-fails", VetoEffect.ComponentFails)]));
    }

    private RetakePolicy? ReadRetake(MappingReader owner)
    {
        if (owner.Mapping("retake", required: false) is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "retake", problems, "window-days", "retakes-per-component");
        var window = reader.RequiredInt("window-days", 1, 3650);
        var retakes = reader.RequiredInt("retakes-per-component", 0, 99);
        return window is { } w && retakes is { } r ? new RetakePolicy(w, r) : null;
    }

    private MultipleChoicePolicy? ReadMultipleChoice(MappingReader owner) =>
        ReadEnum(owner, "multiple-choice", [("all-or-nothing", MultipleChoicePolicy.AllOrNothing), ("partial-credit", MultipleChoicePolicy.PartialCredit)]);

    private T? ReadEnum<T>(MappingReader reader, string field, (string Name, T Value)[] names)
        where T : struct, Enum
    {
        if (reader.OptionalText(field) is not { } text)
        {
            return null;
        }

        foreach (var (name, value) in names)
        {
            if (name == text)
            {
                return value;
            }
        }

        Error(reader.At(field), BankRules.BadValue, $"'{field}': '{text}' 不是可用的值 (not one of: {string.Join(", ", names.Select(n => n.Name))})");
        return null;
    }

    private bool? ReadBool(MappingReader reader, string field)
    {
        switch (reader.OptionalText(field))
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case var text:
                Error(reader.At(field), BankRules.BadValue, $"'{field}': '{text}' 应为 true 或 false (must be true or false)");
                return null;
        }
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
