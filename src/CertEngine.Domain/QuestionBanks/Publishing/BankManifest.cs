using System.Globalization;
using System.Text;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>One pinned entry of a manifest: an item or task id, its version and content hash.</summary>
public sealed record PinnedContent(string Id, int Version, string Sha256, SourceLocation Location);

/// <summary>
/// The manifest of a published bank version (发布清单): it pins every item and task by id, version and
/// SHA-256, and the hashes of the occupation entry, syllabus and blueprints. A published version whose
/// content no longer matches its manifest is refused, naming what changed.
/// </summary>
public sealed record BankManifest(
    string BankCode,
    int Version,
    DateOnly Published,
    string OccupationSha256,
    string SyllabusSha256,
    string BlueprintsSha256,
    IReadOnlyList<PinnedContent> Items,
    IReadOnlyList<PinnedContent> Tasks,
    SourceLocation Location)
{
    /// <summary>The manifest file of a published version.</summary>
    public const string FileName = "manifest.yaml";
    /// <summary>The frozen bank file of a published version.</summary>
    public const string BankFileName = "bank.yaml";

    /// <summary>The manifest that pins <paramref name="bank"/> as it is now.</summary>
    public static BankManifest Create(Bank bank, int version, DateOnly published)
    {
        var at = new SourceLocation(FileName, 0);
        return new BankManifest(bank.Occupation.Code, version, published,
            ContentHash.OfOccupation(bank), ContentHash.OfSyllabus(bank), ContentHash.OfBlueprints(bank),
            bank.Items.Select(i => new PinnedContent(i.Id, i.Version, ContentHash.Of(i), at)).ToList(),
            bank.Tasks.Select(t => new PinnedContent(t.Id, t.Version, ContentHash.Of(t), at)).ToList(),
            at);
    }

    /// <summary>The manifest as YAML.</summary>
    public string ToYaml()
    {
        var text = new StringBuilder();
        text.Append("# 发布清单 (manifest): pins every item and task of this version. Never edit a published version.\n");
        text.Append("manifest:\n");
        text.Append(CultureInfo.InvariantCulture, $"  bank: {BankCode}\n");
        text.Append(CultureInfo.InvariantCulture, $"  version: {Version}\n");
        text.Append(CultureInfo.InvariantCulture, $"  published: {Published:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"  occupation-sha256: {OccupationSha256}\n");
        text.Append(CultureInfo.InvariantCulture, $"  syllabus-sha256: {SyllabusSha256}\n");
        text.Append(CultureInfo.InvariantCulture, $"  blueprints-sha256: {BlueprintsSha256}\n");
        foreach (var (name, pins) in new[] { ("items", Items), ("tasks", Tasks) })
        {
            // An empty list is written {} so it reads back as a mapping (a practical-only 专项 has no items).
            text.Append(CultureInfo.InvariantCulture, $"{name}:{(pins.Count == 0 ? " {}" : "")}\n");
            foreach (var pin in pins)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {pin.Id}: {{ version: {pin.Version}, sha256: {pin.Sha256} }}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a manifest, or returns null with the problems that stopped it.</summary>
    public static BankManifest? Read(BankFile file, ICollection<BankProblem> problems)
    {
        if (YamlTreeReader.Read(file.Path, file.Text, problems) is not YamlMapping root)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation(file.Path, 0), "清单为空或格式错误 (the manifest is empty or not a mapping)"));
            return null;
        }

        var top = new MappingReader(root, "manifest", problems, "manifest", "items", "tasks");
        if (top.Mapping("manifest", required: true) is not { } head)
        {
            return null;
        }

        var reader = new MappingReader(head, "manifest", problems,
            "bank", "version", "published", "occupation-sha256", "syllabus-sha256", "blueprints-sha256");
        var code = reader.RequiredText("bank");
        var version = reader.RequiredInt("version", 1, 1_000_000);
        var publishedText = reader.RequiredText("published");
        var occupation = reader.RequiredText("occupation-sha256");
        var syllabus = reader.RequiredText("syllabus-sha256");
        var blueprints = reader.RequiredText("blueprints-sha256");
        var items = Pins(top.Mapping("items", required: false), problems);
        var tasks = Pins(top.Mapping("tasks", required: false), problems);
        if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, reader.At("published"), "manifest: published 不是 yyyy-MM-dd 日期 (not a date)"));
            return null;
        }

        return code is null || version is null || occupation is null || syllabus is null || blueprints is null
            ? null
            : new BankManifest(code, version.Value, published, occupation, syllabus, blueprints, items, tasks, reader.Location);
    }

    /// <summary>Every way <paramref name="bank"/> differs from what this manifest pins.</summary>
    public IReadOnlyList<BankProblem> Verify(Bank bank)
    {
        var problems = new List<BankProblem>();
        void Changed(SourceLocation at, string what) => problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, at,
            $"{what} 在第 {Version} 版发布后被改动，与发布清单不符 ({what} changed after version {Version} was published: it no longer matches the manifest)"));

        if (ContentHash.OfOccupation(bank) != OccupationSha256)
        {
            Changed(bank.Occupation.Location, "occupation/levels/publication-rules");
        }

        if (ContentHash.OfSyllabus(bank) != SyllabusSha256)
        {
            Changed(bank.Nodes.Count > 0 ? bank.Nodes[0].Location : Location, "syllabus (nodes, elements, weights)");
        }

        if (ContentHash.OfBlueprints(bank) != BlueprintsSha256)
        {
            Changed(bank.Blueprints.Count > 0 ? bank.Blueprints[0].Location : Location, "blueprints");
        }

        Compare("item", bank.Items.Select(i => (i.Id, i.Version, ContentHash.Of(i), i.Location)), Items, problems, Changed);
        Compare("task", bank.Tasks.Select(t => (t.Id, t.Version, ContentHash.Of(t), t.Location)), Tasks, problems, Changed);
        return problems;
    }

    private void Compare(
        string kind,
        IEnumerable<(string Id, int Version, string Hash, SourceLocation Location)> actual,
        IReadOnlyList<PinnedContent> pinned,
        List<BankProblem> problems,
        Action<SourceLocation, string> changed)
    {
        var pins = pinned.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, version, hash, location) in actual)
        {
            present.Add(id);
            if (!pins.TryGetValue(id, out var pin))
            {
                problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, location,
                    $"{kind} {id} 不在第 {Version} 版的发布清单中，是发布后加入的 ({kind} {id} is not in the manifest of version {Version}: added after publication)"));
            }
            else if (pin.Version != version || pin.Sha256 != hash)
            {
                changed(location, $"{kind} {id}");
            }
        }

        foreach (var pin in pinned.Where(p => !present.Contains(p.Id)))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, pin.Location,
                $"发布清单中的 {kind} {pin.Id} 不见了 ({kind} {pin.Id}, pinned by the manifest, is missing from the published bank)"));
        }
    }

    private static List<PinnedContent> Pins(YamlMapping? mapping, ICollection<BankProblem> problems)
    {
        var pins = new List<PinnedContent>();
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            if (value is not YamlMapping entry)
            {
                problems.Add(new(ProblemSeverity.Error, BankRules.Manifest, value.Location, $"manifest: {key.Value} 应为 {{ version, sha256 }}"));
                continue;
            }

            var reader = new MappingReader(entry, $"manifest {key.Value}", problems, "version", "sha256");
            if (reader.RequiredInt("version", 1, 100_000) is { } version && reader.RequiredText("sha256") is { } sha)
            {
                pins.Add(new PinnedContent(key.Value, version, sha, key.Location));
            }
        }

        return pins;
    }
}
