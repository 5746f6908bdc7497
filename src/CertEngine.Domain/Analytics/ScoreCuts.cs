namespace CertEngine.Domain.Analytics;

/// <summary>
/// The scores that bound the upper and lower 27 % groups of an item analysis (高分组 / 低分组): the upper group is every
/// attempt scoring at least <see cref="Upper"/>, the lower group every attempt scoring at most <see cref="Lower"/>.
/// </summary>
/// <remarks>
/// With N attempts, g = ⌈0.27 N⌉; <see cref="Upper"/> is the g-th highest score and <see cref="Lower"/> the g-th lowest.
/// Attempts tied with the score at the cut all join the group, so no tie is split by an arbitrary order and the same rows
/// always give the same groups; a group can therefore hold more than 27 %. With one attempt (or all scores equal) both
/// groups hold everyone and the upper–lower index is 0.
/// </remarks>
/// <param name="Upper">The lowest score in the upper group (inclusive).</param>
/// <param name="Lower">The highest score in the lower group (inclusive).</param>
public readonly record struct ScoreCuts(double Upper, double Lower)
{
    /// <summary>The share of attempts at each end: 27 %.</summary>
    public const double GroupShare = 0.27;

    /// <summary>Cuts that put nobody in either group (no attempts).</summary>
    public static ScoreCuts None { get; } = new(double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>The cuts for a score distribution given as (score, number of attempts) pairs, in any order.</summary>
    public static ScoreCuts From(IEnumerable<(double Score, long Count)> distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var scores = distribution.Where(s => s.Count > 0).OrderBy(s => s.Score).ToList();
        var total = scores.Sum(s => s.Count);
        if (total == 0)
        {
            return None;
        }

        var group = (long)Math.Ceiling(GroupShare * total);
        return new ScoreCuts(ScoreAtRank(Enumerable.Reverse(scores), group), ScoreAtRank(scores, group));
    }

    /// <summary>Whether a score is in the upper group.</summary>
    public bool InUpper(double score) => score >= Upper;

    /// <summary>Whether a score is in the lower group.</summary>
    public bool InLower(double score) => score <= Lower;

    private static double ScoreAtRank(IEnumerable<(double Score, long Count)> ordered, long rank)
    {
        var seen = 0L;
        foreach (var (score, count) in ordered)
        {
            seen += count;
            if (seen >= rank)
            {
                return score;
            }
        }

        throw new InvalidOperationException("rank beyond the distribution");
    }
}
