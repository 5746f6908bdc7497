using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Papers;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Sessions;

/// <summary>The seed a sitting's papers or task draws come from.</summary>
internal static class SittingSeeds
{
    /// <summary>
    /// A theory sitting's seed is screened so its papers meet the exposure target (<see cref="SeedScreen"/>); a practical
    /// one's only draws tasks. Returns the seed and, for the audit record, how it was chosen.
    /// </summary>
    public static async Task<(ulong Seed, string Exposure)> ChooseAsync(ExamLibrary library, ISeedSource seeds, SessionPlan plan, int bankVersion)
    {
        if (plan.Component != ExamComponent.Theory || !TrackKey.TryParse(plan.TrackKey, out var key)
            || await library.PlanAsync(key.OccupationCode, bankVersion, key.Level, key.WorkType) is not PaperPlanResult.Ready { Plan: var paperPlan })
        {
            return (seeds.NextSeed(), "seed unscreened");
        }

        var choice = SeedScreen.Choose(paperPlan, seeds.NextSeed, ExposureTarget.Default);
        return (choice.Seed, FormattableString.Invariant(
            $"exposure max/mean {choice.Statistics.WorstMaxOverMean:0.000} over {choice.Statistics.Papers} papers, neighbour overlap {choice.Statistics.MaxNeighbourOverlap}, seed {choice.Tries} of {ExposureTarget.Default.Tries}{(choice.MeetsTarget ? "" : " (best, target missed)")}"));
    }
}
