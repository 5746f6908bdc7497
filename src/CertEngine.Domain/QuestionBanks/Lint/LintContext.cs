using System.Globalization;

namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>A bank prepared for lint (items with levels and character pairs) and the findings gathered so far.</summary>
internal sealed class LintContext
{
    private readonly List<BankProblem> _problems = [];
    private readonly List<LintFigure> _figures = [];

    public LintContext(Bank bank, LintRules rules)
    {
        Bank = bank;
        Rules = rules;
        var assessed = bank.Occupation.AssessedLevels;
        Items = bank.Items
            .Select(i => new LintItem(i,
                assessed.Where(l => bank.ItemAppliesTo(i, l, null)).ToHashSet(),
                LintText.Bigrams(LintText.Normalize(string.Join("", [i.Stem, .. i.Options.Where(o => i.Key.Contains(o.Label) && i.Type != ItemType.Judge).Select(o => o.Text)]), rules.StopWords)))
            {
                Papers = assessed.SelectMany(l => (bank.Occupation.WorkTypes.GetValueOrDefault(l) is { Count: > 0 } types ? types : [""])
                        .Where(w => bank.ItemAppliesTo(i, l, w.Length == 0 ? null : w))
                        .Select(w => string.Create(CultureInfo.InvariantCulture, $"{l}/{w}")))
                    .ToHashSet(StringComparer.Ordinal),
            })
            .ToList();
        var theory = bank.Blueprints.Where(b => b.Mode == BlueprintMode.Theory).Select(b => b.Level).Distinct().ToList();
        Levels = (theory.Count > 0 ? theory : assessed.ToList()).OrderDescending().ToList();
    }

    public Bank Bank { get; }

    public LintRules Rules { get; }

    public IReadOnlyList<LintItem> Items { get; }

    /// <summary>The levels papers are drawn for (those with a theory blueprint), lowest (五级) first.</summary>
    public IReadOnlyList<int> Levels { get; }

    public IReadOnlyList<BankProblem> Problems => _problems;

    public IReadOnlyList<LintFigure> Figures => _figures;

    /// <summary>Where a level's findings point: its theory blueprint, else the occupation entry.</summary>
    public SourceLocation LevelLocation(int level) =>
        Bank.Blueprints.FirstOrDefault(b => b.Mode == BlueprintMode.Theory && b.Level == level)?.Location ?? Bank.Occupation.Location;

    /// <summary>The short level name for messages (五级).</summary>
    public string LevelName(int level) => Bank.LevelCatalogue.FirstOrDefault(l => l.Digit == level)?.Name ?? Bank.LevelName(level);

    public void Error(string rule, SourceLocation at, string message) => _problems.Add(new(ProblemSeverity.Error, rule, at, message));

    public void Warn(string rule, SourceLocation at, string message) => _problems.Add(new(ProblemSeverity.Warning, rule, at, message));

    /// <summary>Records a figure against its upper bound; an error when it is above.</summary>
    public bool AtMost(string rule, int? level, string name, decimal value, decimal bound, SourceLocation at, string message) =>
        Figure(rule, level, name, value, $"≤ {Format(bound)}", value <= bound, at, message);

    /// <summary>Records a figure against its lower bound; an error when it is below.</summary>
    public bool AtLeast(string rule, int? level, string name, decimal value, decimal bound, SourceLocation at, string message) =>
        Figure(rule, level, name, value, $"≥ {Format(bound)}", value >= bound, at, message);

    public static string Format(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static decimal Share(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);

    private bool Figure(string rule, int? level, string name, decimal value, string bound, bool passed, SourceLocation at, string message)
    {
        _figures.Add(new LintFigure(rule, level, name, value, bound, passed));
        if (!passed)
        {
            Error(rule, at, message);
        }

        return passed;
    }
}
