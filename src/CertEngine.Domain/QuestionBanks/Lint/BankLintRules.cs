namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>Stable names of the checks <c>bank lint</c> runs; docs/bank-authoring.md lists each with its threshold.</summary>
public static class BankLintRules
{
    public const string KeyLongest = "key-longest";
    public const string WordCue = "word-cue";
    public const string StemEcho = "stem-echo";
    public const string AllOrNone = "all-or-none";
    public const string NegativeStem = "negative-stem";
    public const string NearDuplicate = "near-duplicate";
    public const string RestatesLowerLevel = "restates-lower-level";
    public const string JudgeBalance = "judge-balance";
    public const string DifficultySpread = "difficulty-spread";
    public const string ElementLevel = "element-level";
    public const string Thresholds = "lint-thresholds";
}
