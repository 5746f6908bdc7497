using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

/// <summary>Measures how evenly a plan spreads its items over a session's papers, and what neighbouring seats share.</summary>
public static class ExposureReport
{
    /// <summary>Assembles seats 0 … <paramref name="papers"/> − 1 of one session and measures them.</summary>
    /// <param name="plan">The plan to measure.</param>
    /// <param name="sessionSeed">The session's seed.</param>
    /// <param name="papers">How many seats, ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="papers"/> is less than 1.</exception>
    public static ExposureStatistics Measure(PaperPlan plan, ulong sessionSeed, int papers)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(papers, 1);

        var counts = new Dictionary<(string Cell, ItemType Type), Dictionary<string, int>>();
        foreach (var pool in plan.Pools)
        {
            counts[(pool.CellNodeId, pool.Type)] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        HashSet<string>? previous = null;
        var maxOverlap = 0;
        var totalOverlap = 0L;
        for (var seat = 0; seat < papers; seat++)
        {
            var paper = plan.Assemble(sessionSeed, seat);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var question in paper.Questions)
            {
                ids.Add(question.ItemId);
                var pool = counts[(question.CellNodeId, question.Type)];
                pool[question.ItemId] = pool.GetValueOrDefault(question.ItemId) + 1;
            }

            if (previous is not null)
            {
                var overlap = ids.Count(previous.Contains);
                maxOverlap = Math.Max(maxOverlap, overlap);
                totalOverlap += overlap;
            }

            previous = ids;
        }

        var worst = 0m;
        var worstPool = "";
        foreach (var pool in plan.Pools)
        {
            var poolCounts = counts[(pool.CellNodeId, pool.Type)];
            var mean = (decimal)poolCounts.Values.Sum() / pool.Size;
            var ratio = poolCounts.Values.Max() / mean;
            if (ratio > worst)
            {
                worst = ratio;
                worstPool = $"{pool.CellNodeId}/{pool.Type.ToYaml()}";
            }
        }

        var meanOverlap = papers > 1 ? (double)totalOverlap / (papers - 1) : 0;
        return new ExposureStatistics(papers, worst, worstPool, maxOverlap, meanOverlap);
    }
}
