namespace CertEngine.Domain.Papers;

/// <summary>
/// What a sitting's papers must meet: in every blueprint cell, the most-drawn item is drawn at most
/// <see cref="MaxOverMean"/> × the cell's mean over <see cref="Papers"/> papers, and neighbouring seats share no item.
/// </summary>
/// <param name="MaxOverMean">The bound on max ÷ mean exposure per cell (inclusive), ≥ 1.</param>
/// <param name="Papers">How many consecutive seats are measured, ≥ 1.</param>
/// <param name="Tries">How many seeds are tried before the best one is taken, ≥ 1.</param>
public sealed record ExposureTarget(decimal MaxOverMean, int Papers, int Tries)
{
    /// <summary>
    /// The target: ≤ 1.1 over 1,000 papers, no neighbour overlap; up to 6 seeds. Each try measures 1,000 papers,
    /// and a bank whose enemies keep every seed above the target would otherwise make scheduling try them all: with
    /// about 1 seed in 10 missing on the shipped bank, 6 tries miss for one sitting in a million.
    /// </summary>
    public static ExposureTarget Default { get; } = new(1.1m, 1000, 6);

    /// <summary>Whether <paramref name="statistics"/> meets the target.</summary>
    public bool IsMetBy(ExposureStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return statistics.WorstMaxOverMean <= MaxOverMean && statistics.MaxNeighbourOverlap == 0;
    }
}
