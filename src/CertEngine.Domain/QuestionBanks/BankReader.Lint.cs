using CertEngine.Domain.QuestionBanks.Lint;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

internal sealed partial class BankReader
{
    /// <summary>The <c>lint:</c> fields holding numbers, with their bounds.</summary>
    internal static readonly (string Field, decimal Min, decimal Max)[] LintNumbers =
    [
        ("max-key-longest-share", 0, 1), ("key-longest-ratio", 1, 100), ("max-word-gap", 0, 1), ("max-judge-word-gap", 0, 1),
        ("stem-echo-share", 0, 1), ("stem-echo-margin", 0, 1), ("near-duplicate-similarity", 0, 1), ("max-restates-lower-share", 0, 1),
        ("min-judge-true-share", 0, 1), ("max-judge-true-share", 0, 1), ("max-difficulty-share", 0, 1), ("min-difficulty-ratings", 1, 5),
        ("hard-difficulty", 1, 5), ("min-hard-share", 0, 1), ("element-match-share", 0, 1),
    ];

    /// <summary>The <c>lint:</c> fields holding word lists.</summary>
    internal static readonly string[] LintLists =
        ["absolute-words", "hedge-words", "all-or-none-options", "negative-words", "emphasis-marks", "stop-words"];

    private void ReadLint(YamlMapping lint)
    {
        var reader = new MappingReader(lint, "lint", problems, [.. LintNumbers.Select(n => n.Field), .. LintLists]);
        foreach (var (field, min, max) in LintNumbers)
        {
            if (reader.OptionalDecimal(field, min, max) is { } value)
            {
                draft.LintSettings[field] = value;
            }
        }

        foreach (var field in LintLists)
        {
            if (reader.ScalarList(field) is { } words)
            {
                draft.LintSettings[field] = words.Select(w => w.Value.Trim()).Where(w => w.Length > 0).ToList();
            }
        }
    }

    /// <summary>
    /// The lint thresholds gathered from the catalogue and the occupation (later fields win), or null when none is written.
    /// Once any is written, every one must be: a missing threshold is reported, never guessed.
    /// </summary>
    internal static LintRules? AssembleLint(BankDraft draft, SourceLocation at, ICollection<BankProblem> problems)
    {
        var settings = draft.LintSettings;
        if (settings.Count == 0)
        {
            return null;
        }

        var missing = LintNumbers.Select(n => n.Field).Concat(LintLists).Where(f => !settings.ContainsKey(f)).ToList();
        foreach (var field in missing)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.MissingField, at,
                $"lint: 阈值 '{field}' 未设置，应在 {BankLoader.CatalogueFile} 中 (lint threshold '{field}' is not set; {BankLoader.CatalogueFile} holds the defaults)"));
        }

        if (missing.Count > 0)
        {
            return null;
        }

        decimal Number(string field) => (decimal)settings[field];
        IReadOnlyList<string> Words(string field) => (List<string>)settings[field];
        return new LintRules(
            Number("max-key-longest-share"), Number("key-longest-ratio"), Words("absolute-words"), Words("hedge-words"),
            Number("max-word-gap"), Number("max-judge-word-gap"), Number("stem-echo-share"), Number("stem-echo-margin"),
            Words("all-or-none-options"), Words("negative-words"), Words("emphasis-marks"), Words("stop-words"),
            Number("near-duplicate-similarity"), Number("max-restates-lower-share"), Number("min-judge-true-share"),
            Number("max-judge-true-share"), Number("max-difficulty-share"), (int)Number("min-difficulty-ratings"),
            (int)Number("hard-difficulty"), Number("min-hard-share"), Number("element-match-share"));
    }
}
