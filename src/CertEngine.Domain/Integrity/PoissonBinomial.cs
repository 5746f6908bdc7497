namespace CertEngine.Domain.Integrity;

/// <summary>The Poisson-binomial distribution: the number of successes of independent trials, each with its own probability.</summary>
public static class PoissonBinomial
{
    /// <summary>
    /// P(X ≥ <paramref name="atLeast"/>) for X the number of successes of independent trials with the success probabilities
    /// <paramref name="probabilities"/> (each in [0, 1]); 1 when <paramref name="atLeast"/> ≤ 0, 0 when it exceeds the trials.
    /// Exact up to rounding, by dynamic programming over the count capped at <paramref name="atLeast"/>: O(n·atLeast).
    /// </summary>
    public static double UpperTail(IReadOnlyList<double> probabilities, int atLeast)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (atLeast <= 0)
        {
            return 1;
        }

        if (atLeast > probabilities.Count)
        {
            return 0;
        }

        // dp[j] = P(count so far = j) for j < atLeast; dp[atLeast] = P(count so far ≥ atLeast) (absorbing).
        var dp = new double[atLeast + 1];
        dp[0] = 1;
        foreach (var p in probabilities)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
            dp[atLeast] += dp[atLeast - 1] * p;
            for (var j = atLeast - 1; j >= 1; j--)
            {
                dp[j] = dp[j] * (1 - p) + dp[j - 1] * p;
            }

            dp[0] *= 1 - p;
        }

        return Math.Clamp(dp[atLeast], 0, 1);
    }
}
