namespace CertEngine.Domain.Analytics;

/// <summary>Classical item statistics from an <see cref="ItemTally"/> (试题分析: 难度, 区分度, 选项分析), and the flags.</summary>
public static class ItemAnalysis
{
    // Variances below this (relative to the squares they come from) are rounding noise of a constant, not spread.
    private const double Noise = 1e-12;

    /// <summary>The statistics of one item.</summary>
    /// <param name="tally">The item's responses (may be empty: an item nobody drew).</param>
    /// <param name="labels">The item's option labels in written order (labels chosen but not written are added after).</param>
    /// <param name="key">The labels of the right option(s).</param>
    /// <param name="papers">Submitted papers of the bank version (the exposure base).</param>
    /// <param name="bounds">The flag bounds.</param>
    public static ItemStatistics Analyse(ItemTally tally, IReadOnlyList<string> labels, IReadOnlyCollection<string> key, long papers, ItemFlagBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(bounds);
        var n = tally.Count;
        double? p = n == 0 ? null : (double)tally.Correct / n;
        var options = labels.Concat(tally.Options.Keys.Where(l => !labels.Contains(l)).Order(StringComparer.Ordinal))
            .Select(label => Share(tally, label, key.Contains(label)))
            .ToList();
        var statistics = new ItemStatistics(
            tally.ItemId,
            tally.ItemVersion,
            n,
            p,
            PointBiserial(tally),
            tally.UpperCount == 0 || tally.LowerCount == 0
                ? null
                : (double)tally.UpperCorrect / tally.UpperCount - (double)tally.LowerCorrect / tally.LowerCount,
            options,
            n == 0 ? null : (double)tally.Omitted / n,
            n,
            papers <= 0 ? null : Math.Min(1, (double)n / papers),
            tally.Timed == 0 ? null : tally.SumSeconds / tally.Timed,
            []);
        return statistics with { Flags = Flags(statistics, bounds) };
    }

    /// <summary>
    /// The Pearson correlation between u (1 when the item earned full points) and the rest score X − w, over the item's
    /// responses; null when either does not vary.
    /// </summary>
    public static double? PointBiserial(ItemTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Count < 2)
        {
            return null;
        }

        double n = tally.Count;
        var meanU = tally.Correct / n;
        var sumRest = tally.SumScore - tally.SumAwarded;
        var sumRestSquared = tally.SumScoreSquared - 2 * tally.SumScoreAwarded + tally.SumAwardedSquared;
        var sumURest = tally.SumCorrectScore - tally.SumCorrectAwarded;
        var meanRest = sumRest / n;
        var varianceU = meanU * (1 - meanU);
        var varianceRest = sumRestSquared / n - meanRest * meanRest;
        if (varianceU <= Noise || varianceRest <= Noise * Math.Max(1, sumRestSquared / n))
        {
            return null;
        }

        var covariance = sumURest / n - meanU * meanRest;
        return Math.Clamp(covariance / Math.Sqrt(varianceU * varianceRest), -1, 1);
    }

    private static OptionShare Share(ItemTally tally, string label, bool isKey)
    {
        var option = tally.Options.GetValueOrDefault(label);
        return new OptionShare(
            label,
            isKey,
            tally.Count == 0 ? 0 : (double)(option?.Count ?? 0) / tally.Count,
            tally.UpperCount == 0 ? null : (double)(option?.Upper ?? 0) / tally.UpperCount,
            tally.LowerCount == 0 ? null : (double)(option?.Lower ?? 0) / tally.LowerCount);
    }

    private static List<ItemFlag> Flags(ItemStatistics item, ItemFlagBounds bounds)
    {
        var flags = new List<ItemFlag>();
        if (item.Attempts < bounds.MinAttempts || item.P is not { } p)
        {
            return flags;
        }

        if (p > bounds.TooEasyAbove)
        {
            flags.Add(new ItemFlag(ItemFlagCodes.TooEasy, p, bounds.TooEasyAbove));
        }

        if (p < bounds.TooHardBelow)
        {
            flags.Add(new ItemFlag(ItemFlagCodes.TooHard, p, bounds.TooHardBelow));
        }

        if (item.PointBiserial is { } r)
        {
            if (r < 0)
            {
                flags.Add(new ItemFlag(ItemFlagCodes.NegativeDiscrimination, r, 0));
            }
            else if (r < bounds.LowDiscriminationBelow)
            {
                flags.Add(new ItemFlag(ItemFlagCodes.LowDiscrimination, r, bounds.LowDiscriminationBelow));
            }
        }

        var keys = item.Options.Where(o => o.IsKey).ToList();
        // With several keys (多选), a distractor beats the key when strong candidates choose it more than the least-chosen key.
        var keyUpper = keys.Count == 0 ? null : keys.Min(o => o.UpperShare);
        foreach (var distractor in item.Options.Where(o => !o.IsKey))
        {
            if (distractor.Share <= bounds.UnchosenDistractorAtMost)
            {
                flags.Add(new ItemFlag(ItemFlagCodes.DistractorUnchosen, distractor.Share, bounds.UnchosenDistractorAtMost, distractor.Label));
            }

            if (keyUpper is { } key && distractor.UpperShare is { } upper && upper > key)
            {
                flags.Add(new ItemFlag(ItemFlagCodes.DistractorBeatsKey, upper, key, distractor.Label, key));
            }
        }

        return flags;
    }
}
