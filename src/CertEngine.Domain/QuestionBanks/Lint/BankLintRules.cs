namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>Stable names of the checks <c>bank lint</c> runs; docs/bank-authoring.md lists each with its threshold.</summary>
public static class BankLintRules
{
    /// <summary>单选 keys that are the longest option, per item and as a share of the bank.</summary>
    public const string KeyLongest = "key-longest";

    /// <summary>Absolute or hedging words that differ between keys and distractors.</summary>
    public const string WordCue = "word-cue";

    /// <summary>A key that repeats the stem's words more than its distractors do.</summary>
    public const string StemEcho = "stem-echo";

    /// <summary>Options such as 以上都对 or 以上都不对.</summary>
    public const string AllOrNone = "all-or-none";

    /// <summary>A negative stem without emphasis.</summary>
    public const string NegativeStem = "negative-stem";

    /// <summary>Two items stating the same fact that may share a paper and are not enemies.</summary>
    public const string NearDuplicate = "near-duplicate";

    /// <summary>A higher-level item restating a lower-level one.</summary>
    public const string RestatesLowerLevel = "restates-lower-level";

    /// <summary>The share of 判断 keyed true, per level, outside its bounds.</summary>
    public const string JudgeBalance = "judge-balance";

    /// <summary>Difficulty ratings compressed into too few values, per level.</summary>
    public const string DifficultySpread = "difficulty-spread";

    /// <summary>An item whose content the syllabus files at another level.</summary>
    public const string ElementLevel = "element-level";

    /// <summary>The lint thresholds are missing from catalogue.yaml.</summary>
    public const string Thresholds = "lint-thresholds";
}
