namespace CertEngine.Domain.Papers;

/// <summary>
/// Chooses a sitting's paper seed whose papers meet the exposure target. Assembly per seat stays independent and fast;
/// the balance over a sitting is checked once, when the sitting is scheduled, by measuring the papers the seed gives
/// (<see cref="ExposureReport"/>) and drawing another seed when they miss the target. About nine seeds in ten pass at
/// the first draw on the shipped banks, so a sitting almost never pays more than one measurement (≈ 40 ms for 1,000
/// papers of 100 items).
/// </summary>
public static class SeedScreen
{
    /// <summary>The first seed from <paramref name="nextSeed"/> that meets <paramref name="target"/>, or the best of the tries.</summary>
    /// <param name="plan">The sitting's paper plan.</param>
    /// <param name="nextSeed">Draws a fresh random seed (cryptographic in production).</param>
    /// <param name="target">The exposure target and how hard to try.</param>
    public static SeedChoice Choose(PaperPlan plan, Func<ulong> nextSeed, ExposureTarget target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(nextSeed);
        ArgumentNullException.ThrowIfNull(target);
        SeedChoice? best = null;
        for (var attempt = 1; attempt <= target.Tries; attempt++)
        {
            var seed = nextSeed();
            var statistics = ExposureReport.Measure(plan, seed, target.Papers);
            var choice = new SeedChoice(seed, statistics, attempt, target.IsMetBy(statistics));
            if (choice.MeetsTarget)
            {
                return choice;
            }

            if (best is null || statistics.WorstMaxOverMean < best.Statistics.WorstMaxOverMean)
            {
                best = choice;
            }
        }

        return best!;
    }
}
