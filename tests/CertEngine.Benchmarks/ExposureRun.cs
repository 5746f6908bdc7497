using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Benchmarks;

/// <summary>
/// The <c>exposure</c> command: 1,000 papers of a shipped version's theory blueprints (of 4-10-01-06 unless a bank is named) for each of
/// <c>count</c> seeds from <c>seed</c> on; with more than one seed, a last line per blueprint gives the worst seed.
/// </summary>
public static class ExposureRun
{
    public const string Command = "exposure";

    public static int Run(ulong seed, int count, int version = 1, string bankCode = "4-10-01-06")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var root = RepositoryRoot();
        var loaded = BankVersions.LoadPublished(Path.Combine(root, "question-banks", bankCode, "versions", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (loaded.Bank is not { } bank)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, loaded.Problems));
            return 1;
        }

        foreach (var blueprint in bank.Blueprints.Where(b => b.Mode == BlueprintMode.Theory))
        {
            switch (PaperPlan.Create(bank, bankCode, version, blueprint))
            {
                case PaperPlanResult.Ready ready:
                    var worst = (Seed: seed, Statistics: (ExposureStatistics?)null);
                    var overlaps = 0;
                    for (var s = seed; s < seed + (ulong)count; s++)
                    {
                        var statistics = ExposureReport.Measure(ready.Plan, s, 1000);
                        Console.WriteLine($"{blueprint.Name} seed {s}: {statistics}");
                        overlaps += statistics.MaxNeighbourOverlap > 0 ? 1 : 0;
                        if (worst.Statistics is null || statistics.WorstMaxOverMean > worst.Statistics.WorstMaxOverMean)
                        {
                            worst = (s, statistics);
                        }
                    }

                    if (count > 1)
                    {
                        Console.WriteLine($"{blueprint.Name} seeds {seed}…{seed + (ulong)count - 1}: worst max/mean {worst.Statistics!.WorstMaxOverMean:0.000} "
                            + $"(seed {worst.Seed}, {worst.Statistics.WorstPool}); seeds with a neighbour overlap: {overlaps}");
                    }

                    break;
                case PaperPlanResult.Refused refused:
                    Console.WriteLine($"{blueprint.Name}: refused: {string.Join("; ", refused.Problems)}");
                    return 1;
            }
        }

        return 0;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CertEngine.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("CertEngine.sln not found above the current or the program's directory");
    }
}
