namespace CertEngine.Domain.Analytics;

/// <summary>Test-level statistics of one track (mean, SD, Cronbach's alpha / KR-20, SEM, distribution).</summary>
/// <remarks>
/// Papers are drawn per candidate, so two papers may share few items. Alpha is computed as
/// α = k/(k−1) · (1 − S̄/σ²ₓ), where k is the mean number of questions per paper, σ²ₓ the population variance of the
/// scores, and S̄ the mean over papers of the sum of the population variances of the items on that paper (each item's
/// variance over every response to it on this track): Σᵢ nᵢσ²ᵢ / N. When every paper holds the same items this is exactly
/// Cronbach's alpha (and KR-20 for items scored 0 or full points).
/// </remarks>
public static class TestAnalysis
{
    /// <summary>The width of a distribution bar, in points.</summary>
    public const double BinWidth = 10;

    /// <summary>The test statistics.</summary>
    /// <param name="trackKey">The track.</param>
    /// <param name="scores">(score, attempts) pairs: the score distribution.</param>
    /// <param name="responses">Questions answered (or omitted) over every paper (N·k).</param>
    /// <param name="weightedItemVariance">Σᵢ nᵢσ²ᵢ over the items of this track's papers.</param>
    public static TestStatistics Analyse(string trackKey, IEnumerable<(double Score, long Count)> scores, long responses, double weightedItemVariance)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.Where(s => s.Count > 0).ToList();
        long n = 0;
        double sum = 0, sumSquares = 0;
        foreach (var (score, count) in list)
        {
            n += count;
            sum += score * count;
            sumSquares += score * score * count;
        }

        var bins = Enumerable.Range(0, (int)(100 / BinWidth))
            .Select(b => new ScoreBin(b * BinWidth, (b + 1) * BinWidth, list.Where(s => Bin(s.Score) == b).Sum(s => s.Count)))
            .ToList();
        if (n == 0)
        {
            return new TestStatistics(trackKey, 0, null, null, null, null, 0, null, null, bins);
        }

        var mean = sum / n;
        var variance = Math.Max(0, sumSquares / n - mean * mean);
        var k = (double)responses / n;
        double? alpha = null;
        if (n >= 2 && k > 1 && variance > 1e-12 * Math.Max(1, sumSquares / n))
        {
            alpha = k / (k - 1) * (1 - weightedItemVariance / n / variance);
        }

        var sd = Math.Sqrt(variance);
        double? sem = alpha is { } a && a <= 1 ? sd * Math.Sqrt(1 - a) : null;
        return new TestStatistics(trackKey, n, mean, sd, alpha, sem, k, list.Min(s => s.Score), list.Max(s => s.Score), bins);
    }

    /// <summary>The bar a score falls in (100 goes in the last one; scores out of 0–100 are clamped to the ends).</summary>
    public static int Bin(double score) => Math.Clamp((int)Math.Floor(score / BinWidth), 0, (int)(100 / BinWidth) - 1);
}
