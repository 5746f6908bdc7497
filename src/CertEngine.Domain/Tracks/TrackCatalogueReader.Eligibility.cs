using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Tracks;

/// <summary>What requirements of one occupation's rule sets need to know beyond their own fields.</summary>
/// <param name="Occupations">The occupation's name, code and 相关职业, for work years.</param>
internal sealed record EligibilityContext(string Code, IReadOnlyList<string> Occupations, IReadOnlyList<CertificateNumberFormat> NumberFormats);

internal sealed partial class TrackCatalogueReader
{
    private static readonly string[] RequirementKinds = ["work-years", "apprenticeship", "certificate-level", "graduation", "training-hours", "working-age"];

    private static readonly (string Name, EvidenceKind Kind)[] EvidenceKindNames =
    [
        ("work", EvidenceKind.Work), ("apprenticeship", EvidenceKind.Apprenticeship), ("certificate", EvidenceKind.Certificate),
        ("graduation", EvidenceKind.Graduation), ("training", EvidenceKind.Training),
    ];

    private static readonly Dictionary<string, string> Modifiers = new(StringComparer.Ordinal)
    {
        ["years-since"] = "certificate-level",
        ["related-major"] = "graduation",
        ["final-year-students"] = "graduation",
        ["within-years"] = "training-hours",
    };

    private (int? Level, EligibilityRuleSet Set)? ReadRuleSet(YamlNode node, EligibilityContext context, bool specialty)
    {
        if (AsMapping(node, "eligibility") is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "eligibility", problems, specialty
            ? ["id", "version", "source", "review", "conditions"]
            : ["level", "id", "version", "source", "review", "conditions"]);
        var level = specialty ? null : reader.RequiredInt("level", 0, 9);
        var id = reader.RequiredText("id");
        var version = reader.RequiredInt("version", 1, 9999);
        var source = reader.OptionalText("source");
        var reviewed = ReadReviewed(reader.ScalarList("review") ?? []);
        var conditions = new List<EligibilityCondition>();
        if (reader.Sequence("conditions", required: true) is { } list)
        {
            if (list.Items.Count == 0)
            {
                Error(list.Location, BankRules.MissingField, "eligibility: conditions 至少要有一条 (at least one condition)");
            }

            foreach (var item in list.Items)
            {
                if (ReadCondition(item, context) is not { } condition)
                {
                    continue;
                }

                if (conditions.Any(c => c.Id == condition.Id))
                {
                    Error(item.Location, BankRules.DuplicateId, $"eligibility {id}: 条件 id '{condition.Id}' 重复 (duplicate condition id)");
                    continue;
                }

                conditions.Add(condition);
            }
        }

        if (id is null || version is not { } v || conditions.Count == 0 || (!specialty && level is null))
        {
            return null;
        }

        return (level, new EligibilityRuleSet(id, v, conditions) { Source = source, Reviewed = reviewed });
    }

    private EligibilityCondition? ReadCondition(YamlNode node, EligibilityContext context)
    {
        if (AsMapping(node, "condition") is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "condition", problems, "id", "title", "unconfirmed", "all");
        var id = reader.RequiredText("id");
        var title = reader.RequiredText("title");
        var unconfirmed = ReadBool(reader, "unconfirmed") ?? false;
        var requirements = new List<EligibilityRequirement>();
        var complete = true;
        if (reader.Sequence("all", required: true) is { } all)
        {
            if (all.Items.Count == 0)
            {
                Error(all.Location, BankRules.MissingField, $"condition {id}: all 至少要有一项要求 (at least one requirement)");
            }

            foreach (var item in all.Items)
            {
                if (ReadRequirement(item, $"condition {id}", context) is { } requirement)
                {
                    requirements.Add(requirement);
                }
                else
                {
                    complete = false;
                }
            }
        }

        // A condition missing a requirement that could not be read would be easier to meet than written: drop it.
        return id is not null && title is not null && complete && requirements.Count > 0
            ? new EligibilityCondition(id, title, requirements, unconfirmed)
            : null;
    }

    private EligibilityRequirement? ReadRequirement(YamlNode node, string what, EligibilityContext context)
    {
        if (AsMapping(node, what) is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, what, problems, [.. RequirementKinds, .. Modifiers.Keys]);
        var kinds = RequirementKinds.Where(k => reader.Node(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            Error(mapping.Location, TrackRules.Requirement,
                $"{what}: 每项要求只写一种：{string.Join(", ", RequirementKinds)} (each requirement names exactly one kind; found {kinds.Count})");
            return null;
        }

        var kind = kinds[0];
        foreach (var (modifier, owner) in Modifiers)
        {
            if (owner != kind && reader.Node(modifier) is not null)
            {
                Error(reader.At(modifier), TrackRules.Requirement, $"{what}: '{modifier}' 只能与 '{owner}' 一起写 (only goes with '{owner}')");
                return null;
            }
        }

        switch (kind)
        {
            case "work-years":
                return reader.RequiredInt("work-years", 1, 60) is { } years ? new EligibilityRequirement.WorkYears(years, context.Occupations) : null;
            case "apprenticeship":
                if (reader.OptionalText("apprenticeship") is "completed")
                {
                    return new EligibilityRequirement.ApprenticeshipCompleted();
                }

                Error(reader.At("apprenticeship"), BankRules.BadValue, $"{what}: apprenticeship 只能写 completed (write apprenticeship: completed)");
                return null;
            case "certificate-level":
                var level = reader.RequiredInt("certificate-level", 0, 9);
                var since = reader.OptionalInt("years-since", 0, 60) ?? 0;
                return level is { } l ? new EligibilityRequirement.PriorCertificate(context.Code, l, since, context.NumberFormats) : null;
            case "graduation":
                var schools = ReadSchools(reader.ScalarList("graduation") ?? [], reader.At("graduation"), what);
                var related = ReadBool(reader, "related-major") ?? false;
                var finalYear = ReadBool(reader, "final-year-students") ?? false;
                return schools is { Count: > 0 } ? new EligibilityRequirement.Graduation(schools, related, finalYear) : null;
            case "training-hours":
                var hours = reader.RequiredDecimal("training-hours", 0.5m, 10_000);
                var within = reader.OptionalInt("within-years", 1, 60);
                return hours is { } h ? new EligibilityRequirement.TrainingHours(h, within) : null;
            default:
                return reader.RequiredInt("working-age", 1, 99) is { } age ? new EligibilityRequirement.WorkingAge(age) : null;
        }
    }

    // review: [work, certificate, graduation] — the evidence kinds a person checks before a route using them admits.
    private List<EvidenceKind> ReadReviewed(IReadOnlyList<YamlScalar> names)
    {
        var kinds = new List<EvidenceKind>();
        foreach (var name in names)
        {
            if (EvidenceKindNames.FirstOrDefault(k => k.Name == name.Value.Trim()) is { Name: not null } known)
            {
                kinds.Add(known.Kind);
            }
            else
            {
                Error(name.Location, BankRules.BadValue,
                    $"eligibility: review 不认识 '{name.Value}' (unknown evidence kind; use: {string.Join(", ", EvidenceKindNames.Select(k => k.Name))})");
            }
        }

        return [.. kinds.Distinct()];
    }

    private List<SchoolKind>? ReadSchools(IReadOnlyList<YamlScalar> names, SourceLocation at, string what)
    {
        var result = new List<SchoolKind>();
        foreach (var name in names)
        {
            var match = EligibilityRequirement.SchoolNames.Where(s => s.Name == name.Value.Trim()).Select(s => (SchoolKind?)s.Kind).FirstOrDefault();
            if (match is { } kind)
            {
                result.Add(kind);
            }
            else
            {
                Error(name.Location, BankRules.BadValue,
                    $"{what}: 学校类别 '{name.Value}' 不可用 (unknown school kind; use: {string.Join("、", EligibilityRequirement.SchoolNames.Select(s => s.Name))})");
                return null;
            }
        }

        if (result.Count == 0)
        {
            Error(at, BankRules.MissingField, $"{what}: graduation 至少列一种学校 (name at least one school kind)");
        }

        return result;
    }
}
