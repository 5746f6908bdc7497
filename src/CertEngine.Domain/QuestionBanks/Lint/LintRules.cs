namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// The thresholds and word lists of <c>bank lint</c> (the <c>lint:</c> section of catalogue.yaml, which an occupation may
/// override field by field). Shares are fractions from 0 to 1; every bound is inclusive (a value equal to it passes).
/// </summary>
/// <param name="MaxKeyLongestShare">Greatest share of 单选 whose key is strictly the longest option (bank-level error above it).</param>
/// <param name="KeyLongestRatio">An item is warned when its key is longer than this many times its longest distractor.</param>
/// <param name="AbsoluteWords">Absolute words (一律, 只要 …); <c>越…越</c> matches 越 followed by 越 within a few characters.</param>
/// <param name="HedgeWords">Hedging words (一般, 通常 …); an absolute word inside a hedge (不一定) does not count.</param>
/// <param name="MaxWordGap">Greatest difference between the share of distractors and the share of keys holding absolute (or hedging) words.</param>
/// <param name="MaxJudgeWordGap">The same gap between false and true 判断 statements.</param>
/// <param name="StemEchoShare">A key is warned when at least this share of its character pairs repeat the stem's …</param>
/// <param name="StemEchoMargin">… and it repeats the stem by this much more than every distractor.</param>
/// <param name="AllOrNoneOptions">Options such as 以上都对 / 以上都不对 (compared without punctuation).</param>
/// <param name="NegativeWords">Negatives in a choice stem (不正确, 错误的是, 不属于 …) that need emphasis.</param>
/// <param name="EmphasisMarks">Marks that, written just before a negative word, emphasise it (“, 【, ** …).</param>
/// <param name="StopWords">Function words dropped before texts are compared (的, 下列, 正确的是 …).</param>
/// <param name="NearDuplicateSimilarity">Cosine similarity of character-pair sets of stem + key at or above which two items state the same fact.</param>
/// <param name="MaxRestatesLowerShare">Greatest share of a level's own items that restate an item of a lower level.</param>
/// <param name="MinJudgeTrueShare">Least share of 判断 keyed true, per level.</param>
/// <param name="MaxJudgeTrueShare">Greatest share of 判断 keyed true, per level.</param>
/// <param name="MaxDifficultyShare">Greatest share of a level's items with any one difficulty rating.</param>
/// <param name="MinDifficultyRatings">Least number of distinct ratings a level uses.</param>
/// <param name="HardDifficulty">The rating from which an item counts as hard (4: ratings 4 and 5).</param>
/// <param name="MinHardShare">Least share of a level's items rated <paramref name="HardDifficulty"/> or above.</param>
/// <param name="ElementMatchShare">An item is warned when at least this share of a 鉴定点 name's character pairs occur in its text, the 鉴定点 is filed at a level the item is not, and it matches the item better than its own.</param>
public sealed record LintRules(
    decimal MaxKeyLongestShare,
    decimal KeyLongestRatio,
    IReadOnlyList<string> AbsoluteWords,
    IReadOnlyList<string> HedgeWords,
    decimal MaxWordGap,
    decimal MaxJudgeWordGap,
    decimal StemEchoShare,
    decimal StemEchoMargin,
    IReadOnlyList<string> AllOrNoneOptions,
    IReadOnlyList<string> NegativeWords,
    IReadOnlyList<string> EmphasisMarks,
    IReadOnlyList<string> StopWords,
    decimal NearDuplicateSimilarity,
    decimal MaxRestatesLowerShare,
    decimal MinJudgeTrueShare,
    decimal MaxJudgeTrueShare,
    decimal MaxDifficultyShare,
    int MinDifficultyRatings,
    int HardDifficulty,
    decimal MinHardShare,
    decimal ElementMatchShare);
