namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// Loads a bank from its files and validates it. A source bank is a directory holding occupation.yaml;
/// the catalogue (catalogue.yaml) and included modules are looked up beside it, in the banks root.
/// </summary>
public static class BankLoader
{
    /// <summary>The file that makes a folder a bank: the occupation's catalogue entry.</summary>
    public const string OccupationFile = "occupation.yaml";
    /// <summary>The national catalogue (levels, publication and lint defaults), at the root of the banks.</summary>
    public const string CatalogueFile = "catalogue.yaml";
    /// <summary>The file that makes a folder a shared module (e.g. common).</summary>
    public const string ModuleFile = "module.yaml";
    /// <summary>The folder under a bank that holds its published versions.</summary>
    public const string VersionsDirectory = "versions";

    /// <summary>Loads and validates the source bank in <paramref name="directory"/> (published versions under it are not read).</summary>
    public static BankLoadResult LoadDirectory(string directory) =>
        Load(ReadCatalogue(directory), ReadTree(directory), include => ReadInclude(directory, include));

    /// <summary>Loads and validates a bank from files already read: the catalogue's, the bank's own, and a resolver for includes.</summary>
    /// <param name="resolveInclude">Returns an included module's files, or null when there is no such module.</param>
    /// <param name="extraItems">Items read elsewhere (a spreadsheet being imported), validated with the bank.</param>
    /// <param name="extraTasks">Practical tasks read elsewhere, validated with the bank.</param>
    public static BankLoadResult Load(
        IEnumerable<BankFile> catalogueFiles,
        IEnumerable<BankFile> bankFiles,
        Func<string, IReadOnlyList<BankFile>?> resolveInclude,
        IEnumerable<Item>? extraItems = null,
        IEnumerable<PracticalTask>? extraTasks = null)
    {
        var problems = new List<BankProblem>();
        var draft = new BankDraft();
        var reader = new BankReader(draft, problems);
        foreach (var file in catalogueFiles)
        {
            reader.Read(file);
        }

        var own = bankFiles.ToList();
        foreach (var file in own)
        {
            reader.Read(file);
        }

        foreach (var occupation in draft.Occupations.Take(1))
        {
            foreach (var include in occupation.Includes)
            {
                if (resolveInclude(include) is { } moduleFiles)
                {
                    foreach (var file in moduleFiles)
                    {
                        reader.Read(file);
                    }
                }
                else
                {
                    problems.Add(new(ProblemSeverity.Error, BankRules.Include, occupation.Location.At("include"),
                        $"occupation: 找不到模块 '{include}' (included module '{include}' not found beside the bank)"));
                }
            }
        }

        draft.Items.AddRange(extraItems ?? []);
        draft.Tasks.AddRange(extraTasks ?? []);
        var bank = Assemble(draft, own.FirstOrDefault()?.Path ?? "(bank)", problems);
        if (bank is not null)
        {
            problems.AddRange(BankValidator.Validate(bank));
        }

        return new BankLoadResult(bank, problems);
    }

    private static Bank? Assemble(BankDraft draft, string firstFile, List<BankProblem> problems)
    {
        if (draft.Occupations.Count == 0)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.MissingField, new SourceLocation(firstFile, 0),
                $"题库没有 occupation: 部分，缺少 {OccupationFile}？ (the bank has no occupation: section; is {OccupationFile} missing?)"));
            return null;
        }

        foreach (var extra in draft.Occupations.Skip(1))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.DuplicateId, extra.Location,
                $"occupation: 一个题库只能有一个 occupation 部分，首个在 {draft.Occupations[0].Location} (only one occupation per bank; the first is at {draft.Occupations[0].Location})"));
        }

        var occupation = draft.Occupations[0];
        if (draft.Levels.Count == 0)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.MissingField, occupation.Location,
                $"没有等级目录：题库旁应有 {CatalogueFile} (no level catalogue: {CatalogueFile} should sit beside the bank)"));
        }

        return new Bank(draft.Levels, Rules(draft, occupation.Location, problems), occupation, draft.Nodes, draft.Elements,
            draft.Weights, draft.Items, draft.Tasks, draft.Blueprints)
        {
            LintRules = BankReader.AssembleLint(draft, occupation.Location, problems),
            Reviews = draft.Reviews,
        };
    }

    private static PublicationRules Rules(BankDraft draft, SourceLocation at, List<BankProblem> problems)
    {
        // Later settings win: the catalogue is read first, then the occupation's overrides.
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (field, value, _) in draft.RuleSettings)
        {
            values[field] = value;
        }

        foreach (var field in BankReader.RuleFields.Where(f => !values.ContainsKey(f)))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.MissingField, at,
                $"发布规则 '{field}' 未设置，应在 {CatalogueFile} 中 (publication rule '{field}' is not set; {CatalogueFile} holds the defaults)"));
        }

        decimal Get(string field, decimal fallback) => values.GetValueOrDefault(field, fallback);
        var none = PublicationRules.None;
        return new PublicationRules(
            Get("min-pool-ratio", none.MinPoolRatio),
            (int)Get("min-items-per-element", none.MinItemsPerElement),
            Get("min-elements-per-weight", none.MinElementsPerWeight),
            (int)Get("min-elements-per-level", none.MinElementsPerLevel),
            Get("min-x-share", none.MinXShare),
            Get("max-y-share", none.MaxYShare),
            Get("max-z-share", none.MaxZShare));
    }

    /// <summary>Reads every YAML file under <paramref name="directory"/>, except published versions, in a stable order.</summary>
    public static IReadOnlyList<BankFile> ReadTree(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var versions = Path.Combine(directory, VersionsDirectory) + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.StartsWith(versions, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new BankFile(f, File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>The banks root of a bank directory: the directory that holds it.</summary>
    public static string RootOf(string bankDirectory)
    {
        var trimmed = bankDirectory.TrimEnd('/', '\\');
        var parent = Path.GetDirectoryName(trimmed);
        return string.IsNullOrEmpty(parent) ? (Path.IsPathRooted(trimmed) ? trimmed : ".") : parent;
    }

    /// <summary>The catalogue files for a bank directory: catalogue.yaml in its banks root, when present.</summary>
    public static IReadOnlyList<BankFile> ReadCatalogue(string bankDirectory)
    {
        var path = Path.Combine(RootOf(bankDirectory), CatalogueFile);
        return File.Exists(path) ? [new BankFile(path, File.ReadAllText(path))] : [];
    }

    /// <summary>The files of an included module beside the bank, or null when there is none.</summary>
    public static IReadOnlyList<BankFile>? ReadInclude(string bankDirectory, string include)
    {
        if (include.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(include))
        {
            return null;
        }

        var path = Path.Combine(RootOf(bankDirectory), include);
        return File.Exists(Path.Combine(path, ModuleFile)) ? ReadTree(path) : null;
    }
}
