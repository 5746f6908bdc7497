using System.Globalization;

namespace CertEngine.Domain.Raters;

/// <summary>
/// Rater statistics for practical tasks and 综合评审 (issue 20): per assessor the sheets, mean and spread of their totals,
/// exact and adjacent agreement with the other members of the same panel, the adjudication rate, the direction of their
/// differences from the panel (severity or leniency) and its drift by month; per task the reliability of its panels.
/// Pure: the caller reads the sheets from the record store. docs/analytics.md gives the formulas.
/// </summary>
public static class RaterStatistics
{
    /// <summary>The figures of <paramref name="sheets"/> under <paramref name="bounds"/>.</summary>
    public static RaterReport Compute(IEnumerable<RaterSheet> sheets, RaterBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(bounds);
        var all = sheets.ToList();
        var panels = all.GroupBy(s => s.Panel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var assessors = all.GroupBy(s => s.Assessor, StringComparer.Ordinal)
            .Select(g => Figures(g.Key, g.ToList(), panels, bounds))
            .OrderBy(f => f.Flags.Count == 0)
            .ThenBy(f => f.Assessor, StringComparer.Ordinal)
            .ToList();
        var tasks = panels.Values.GroupBy(p => p[0].TaskId, StringComparer.Ordinal)
            .Select(g => Reliability(g.Key, g.Where(p => p.Count >= 2).ToList()))
            .OrderBy(t => t.TaskId, StringComparer.Ordinal)
            .ToList();
        return new RaterReport(assessors, tasks, bounds);
    }

    /// <summary>
    /// ICC(1), one-way random effects, for groups of unequal size: (MSB − MSW) / (MSB + (k₀ − 1)·MSW) with
    /// k₀ = (N − Σnᵢ²/N) / (g − 1). Null when there are fewer than two groups, no within-group degrees of freedom, or no
    /// variance at all (every total equal).
    /// </summary>
    public static double? Icc(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Where(g => g.Count >= 2).ToList();
        var g = used.Count;
        var n = used.Sum(x => x.Count);
        if (g < 2 || n - g < 1)
        {
            return null;
        }

        var grand = used.SelectMany(x => x).Average();
        var between = used.Sum(x => x.Count * Math.Pow(x.Average() - grand, 2)) / (g - 1);
        var within = used.Sum(x => { var m = x.Average(); return x.Sum(v => Math.Pow(v - m, 2)); }) / (n - g);
        var k0 = (n - used.Sum(x => (double)x.Count * x.Count) / n) / (g - 1);
        var denominator = between + (k0 - 1) * within;
        return denominator <= 0 ? null : (between - within) / denominator;
    }

    private static RaterFigures Figures(string assessor, List<RaterSheet> own, Dictionary<string, List<RaterSheet>> panels, RaterBounds bounds)
    {
        var totals = own.Select(s => s.Total).ToList();
        var mean = totals.Average();
        decimal? sd = totals.Count < 2 ? null : (decimal)Math.Sqrt((double)totals.Sum(t => (t - mean) * (t - mean)) / (totals.Count - 1));
        int comparisons = 0, exact = 0, adjacent = 0;
        var deviations = new List<(DateTimeOffset At, decimal Deviation)>();
        foreach (var sheet in own)
        {
            var others = panels[sheet.Panel].Where(o => !string.Equals(o.Assessor, assessor, StringComparison.Ordinal)).ToList();
            if (others.Count == 0)
            {
                continue;
            }

            comparisons += others.Count;
            exact += others.Count(o => o.Total == sheet.Total);
            adjacent += others.Count(o => Math.Abs(o.Total - sheet.Total) <= sheet.Threshold);
            deviations.Add((sheet.At, sheet.Total - others.Average(o => o.Total)));
        }

        decimal? meanDeviation = deviations.Count == 0 ? null : Math.Round(deviations.Average(d => d.Deviation), 4);
        double? exactShare = comparisons == 0 ? null : (double)exact / comparisons;
        double? adjacentShare = comparisons == 0 ? null : (double)adjacent / comparisons;
        var adjudicationRate = (double)own.Count(s => s.Adjudicated) / own.Count;
        var months = own.GroupBy(s => Month(s.At), StringComparer.Ordinal)
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m =>
            {
                var inMonth = deviations.Where(d => Month(d.At) == m.Key).ToList();
                return new RaterMonth(m.Key, m.Count(), inMonth.Count == 0 ? null : Math.Round(inMonth.Average(d => d.Deviation), 4));
            })
            .ToList();

        var flags = new List<RaterSignal>();
        if (own.Count >= bounds.MinSheets)
        {
            if (meanDeviation < -bounds.MaxMeanDeviation)
            {
                flags.Add(RaterSignal.Severe);
            }
            else if (meanDeviation > bounds.MaxMeanDeviation)
            {
                flags.Add(RaterSignal.Lenient);
            }

            if (adjacentShare < bounds.MinAdjacentAgreement)
            {
                flags.Add(RaterSignal.LowAgreement);
            }

            if (adjudicationRate > bounds.MaxAdjudicationRate)
            {
                flags.Add(RaterSignal.OftenAdjudicated);
            }
        }

        return new RaterFigures(assessor, own.Count, Math.Round(mean, 4), sd is { } s ? Math.Round(s, 4) : null, comparisons, exactShare, adjacentShare,
            adjudicationRate, meanDeviation, months, flags);
    }

    private static TaskReliability Reliability(string taskId, List<List<RaterSheet>> panels) =>
        new(taskId, panels.Count, panels.Sum(p => p.Count), Icc(panels.Select(p => (IReadOnlyList<double>)p.Select(s => (double)s.Total).ToList()).ToList()));

    private static string Month(DateTimeOffset at) => ChinaTime.DateOf(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
