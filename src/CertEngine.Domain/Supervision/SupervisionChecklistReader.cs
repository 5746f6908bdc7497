using System.Text.RegularExpressions;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Supervision;

/// <summary>
/// Reads the supervision checklist (YAML): <c>items:</c>, a list of <c>{ id, zh, en }</c>. Every mistake is reported at
/// its line; a checklist with an error is not made.
/// </summary>
public static partial class SupervisionChecklistReader
{
    /// <summary>The checklist file's path under the tracks folder.</summary>
    public static readonly string RelativePath = Path.Combine("supervision", "checklist.yaml");

    /// <summary>The most items a checklist may have.</summary>
    public const int MaxItems = 60;

    /// <summary>Reads <see cref="RelativePath"/> under <paramref name="tracksDirectory"/>; a missing file is one problem.</summary>
    public static (SupervisionChecklist? Checklist, IReadOnlyList<BankProblem> Problems) Load(string tracksDirectory)
    {
        var path = Path.Combine(tracksDirectory, RelativePath);
        return File.Exists(path)
            ? Read(path, File.ReadAllText(path))
            : (null, [new BankProblem(ProblemSeverity.Error, BankRules.MissingField, new SourceLocation(path, 0), "找不到督导检查表 (supervision checklist not found)")]);
    }

    /// <summary>Reads a checklist file's text.</summary>
    public static (SupervisionChecklist? Checklist, IReadOnlyList<BankProblem> Problems) Read(string file, string text)
    {
        var problems = new List<BankProblem>();
        var items = new List<SupervisionItem>();
        if (YamlTreeReader.Read(file, text, problems) is YamlMapping root
            && new MappingReader(root, "checklist", problems, "items").Sequence("items", required: true) is { } list)
        {
            foreach (var node in list.Items)
            {
                if (node is not YamlMapping mapping)
                {
                    Error(problems, node.Location, "items: 每项须为 { id, zh, en } (each item is a mapping)");
                    continue;
                }

                var reader = new MappingReader(mapping, "item", problems, "id", "zh", "en");
                var (id, zh, en) = (reader.RequiredText("id"), reader.RequiredText("zh"), reader.RequiredText("en"));
                if (id is not null && !ItemId().IsMatch(id))
                {
                    Error(problems, reader.At("id"), $"id '{id}' 只能用小写字母、数字和 - (lower-case letters, digits and -, at most 40)");
                }
                else if (id is not null && items.Any(i => i.Id == id))
                {
                    Error(problems, reader.At("id"), $"id '{id}' 重复 (given twice)");
                }
                else if (id is not null && zh is not null && en is not null)
                {
                    items.Add(new SupervisionItem(id, zh, en));
                }
            }

            if (items.Count is 0 or > MaxItems && problems.Count == 0)
            {
                Error(problems, list.Location, $"items: 须有 1–{MaxItems} 项 (1–{MaxItems} items)");
            }
        }
        else if (problems.Count == 0)
        {
            Error(problems, new SourceLocation(file, 1), "检查表顶层必须是 items: (the checklist's top must be items:)");
        }

        return (problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : SupervisionChecklist.Create(items), problems);
    }

    private static void Error(List<BankProblem> problems, SourceLocation at, string message) =>
        problems.Add(new BankProblem(ProblemSeverity.Error, BankRules.BadValue, at, message));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ItemId();
}
