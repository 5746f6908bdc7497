namespace CertEngine.Domain.Analytics;

/// <summary>The statistics of the theory test of one track on one bank version (试卷分析).</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Attempts">Submitted attempts (the latest fact of each: a regrade supersedes the submission).</param>
/// <param name="Mean">The mean score out of 100; null without attempts.</param>
/// <param name="StandardDeviation">The population standard deviation of the scores (÷ N); null without attempts.</param>
/// <param name="Alpha">Cronbach's alpha (KR-20 when every item scores 0 or full points), at most 1 when every paper holds the same items; null when undefined
/// (fewer than two attempts, fewer than two items per paper, or scores that do not vary).</param>
/// <param name="StandardError">The standard error of measurement SD·√(1 − α); null when α is.</param>
/// <param name="ItemsPerPaper">The mean number of questions per paper (k).</param>
/// <param name="Minimum">The lowest score; null without attempts.</param>
/// <param name="Maximum">The highest score; null without attempts.</param>
/// <param name="Distribution">Attempts per 10-point bar, 0–10 … 90–100.</param>
public sealed record TestStatistics(
    string TrackKey,
    long Attempts,
    double? Mean,
    double? StandardDeviation,
    double? Alpha,
    double? StandardError,
    double ItemsPerPaper,
    double? Minimum,
    double? Maximum,
    IReadOnlyList<ScoreBin> Distribution);
