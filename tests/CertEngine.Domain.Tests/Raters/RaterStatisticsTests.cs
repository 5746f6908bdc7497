using CertEngine.Domain.Raters;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Raters;

/// <summary>Rater statistics checked against figures worked out by hand (and ICC against the equal-size textbook formula).</summary>
public sealed class RaterStatisticsTests
{
    private static readonly DateTimeOffset November = new(2026, 11, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly RaterBounds Bounds = new(MinSheets: 3, MaxMeanDeviation: 8m, MinAdjacentAgreement: 0.8, MaxAdjudicationRate: 0.2);

    // Three panels of one task, assessors A, B, C; adjudication threshold 5 points.
    private static IEnumerable<RaterSheet> ThreePanels(bool adjudicateThird = false) =>
    [
        Sheet("p1", "A", 80), Sheet("p1", "B", 82), Sheet("p1", "C", 90),
        Sheet("p2", "A", 70), Sheet("p2", "B", 71), Sheet("p2", "C", 85),
        Sheet("p3", "A", 60, adjudicateThird), Sheet("p3", "B", 60, adjudicateThird), Sheet("p3", "C", 75, adjudicateThird),
    ];

    [Fact]
    public void Assessor_MeanSpreadAgreementAndDeviation_AsWorkedByHand()
    {
        var a = Find(RaterStatistics.Compute(ThreePanels(), Bounds), "A");

        Assert.Equal(3, a.Sheets);
        Assert.Equal(70m, a.Mean);
        Assert.Equal(10m, a.StandardDeviation);
        Assert.Equal(6, a.Comparisons);
        Assert.Equal(1.0 / 6, a.ExactAgreement!.Value, 10);        // 60 = 60 in p3
        Assert.Equal(3.0 / 6, a.AdjacentAgreement!.Value, 10);      // B within 5 each time, C never
        // (80 − 86) + (70 − 78) + (60 − 67.5), over 3
        Assert.Equal(Math.Round(-21.5m / 3, 4), a.MeanDeviation);
        Assert.Equal([RaterSignal.LowAgreement], a.Flags);
    }

    [Fact]
    public void Lenient_AssessorFarAboveThePanel_IsFlaggedAndListedFirst()
    {
        var report = RaterStatistics.Compute(ThreePanels(), Bounds);
        var c = Find(report, "C");

        // (90 − 81) + (85 − 70.5) + (75 − 60), over 3
        Assert.Equal(Math.Round(38.5m / 3, 4), c.MeanDeviation);
        Assert.Equal(0.0, c.AdjacentAgreement);
        Assert.Equal([RaterSignal.Lenient, RaterSignal.LowAgreement], c.Flags);
        Assert.Equal(["A", "B", "C"], report.Assessors.Select(x => x.Assessor)); // all flagged here: by name
    }

    [Fact]
    public void Severe_AssessorFarBelow_IsFlaggedSevere_AndAnEvenOneIsNot()
    {
        RaterSheet[] sheets = [.. Enumerable.Range(0, 4).SelectMany(i => new[] { Sheet($"p{i}", "low", 60), Sheet($"p{i}", "x", 75), Sheet($"p{i}", "y", 75) })];

        var report = RaterStatistics.Compute(sheets, Bounds with { MinAdjacentAgreement = 0 });

        Assert.Equal([RaterSignal.Severe], Find(report, "low").Flags);
        Assert.Equal(-15m, Find(report, "low").MeanDeviation);
        Assert.Empty(Find(report, "x").Flags);          // +2.5 from (75 + 60) / 2
        Assert.Equal("low", report.Assessors[0].Assessor); // the flagged one first
    }

    [Fact]
    public void FewerSheetsThanTheBound_RaiseNoFlag()
    {
        var c = Find(RaterStatistics.Compute(ThreePanels(), Bounds with { MinSheets = 4 }), "C");

        Assert.Empty(c.Flags);
        Assert.NotNull(c.MeanDeviation);
    }

    [Fact]
    public void AdjudicationRate_IsTheShareOfSheetsWhoseTaskTheChiefRuledOn()
    {
        var b = Find(RaterStatistics.Compute(ThreePanels(adjudicateThird: true), Bounds), "B");

        Assert.Equal(1.0 / 3, b.AdjudicationRate, 10);
        Assert.Contains(RaterSignal.OftenAdjudicated, b.Flags);
    }

    [Fact]
    public void AssessorAloneInEveryPanel_HasNoComparison_AgreementAndDeviationAreNull()
    {
        var solo = Find(RaterStatistics.Compute([Sheet("p1", "solo", 80), Sheet("p2", "solo", 90)], Bounds with { MinSheets = 1 }), "solo");

        Assert.Equal(0, solo.Comparisons);
        Assert.Null(solo.ExactAgreement);
        Assert.Null(solo.AdjacentAgreement);
        Assert.Null(solo.MeanDeviation);
        Assert.Empty(solo.Flags);
        Assert.Equal(7.0711m, solo.StandardDeviation);
    }

    [Fact]
    public void Months_ShowDrift_InBeijingMonths()
    {
        var december = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero); // 1 December, 01:00 in Beijing
        RaterSheet[] sheets =
        [
            Sheet("p1", "A", 70), Sheet("p1", "B", 70),
            Sheet("p2", "A", 80) with { At = december }, Sheet("p2", "B", 70) with { At = december },
        ];

        var a = Find(RaterStatistics.Compute(sheets, Bounds), "A");

        Assert.Equal([new RaterMonth("2026-11", 1, 0m), new RaterMonth("2026-12", 1, 10m)], a.Months);
    }

    [Fact]
    public void TaskReliability_EqualPanels_MatchesTheTextbookFormula()
    {
        double[][] panels = [[80, 82, 90], [70, 71, 85], [60, 60, 75]];
        const int k = 3;
        var grand = panels.SelectMany(p => p).Average();
        var msb = panels.Sum(p => k * Math.Pow(p.Average() - grand, 2)) / (panels.Length - 1);
        var msw = panels.Sum(p => p.Sum(v => Math.Pow(v - p.Average(), 2))) / (panels.Length * (k - 1));
        var expected = (msb - msw) / (msb + (k - 1) * msw);

        var task = Assert.Single(RaterStatistics.Compute(ThreePanels(), Bounds).Tasks);

        Assert.Equal(("t1", 3, 9), (task.TaskId, task.Panels, task.Sheets));
        Assert.Equal(expected, task.Icc!.Value, 10);
        Assert.Equal(0.552, task.Icc.Value, 3);
    }

    [Fact]
    public void Icc_UnequalPanels_UsesK0_AsWorkedByHand()
    {
        // Groups {1, 3} and {5, 6, 7}: N = 5, grand mean 4.4; MSB = (2·2.4² + 3·1.6²) / 1 = 19.2; MSW = (2 + 2) / 3 = 4/3;
        // k₀ = (5 − 13/5) / 1 = 2.4; ICC = (19.2 − 4/3) / (19.2 + 1.4 · 4/3) ≈ 0.848.
        var icc = RaterStatistics.Icc([[1.0, 3.0], [5.0, 6.0, 7.0]]);

        Assert.Equal((19.2 - 4.0 / 3) / (19.2 + 1.4 * 4.0 / 3), icc!.Value, 10);
    }

    [Fact]
    public void Icc_IsUndefined_ForOnePanel_SinglesOnly_OrNoSpreadAtAll()
    {
        Assert.Null(RaterStatistics.Icc([[70.0, 80.0]]));
        Assert.Null(RaterStatistics.Icc([[70.0], [80.0]]));
        Assert.Null(RaterStatistics.Icc([[70.0, 70.0], [70.0, 70.0]]));
    }

    [Property(MaxTest = 200)]
    public Property Icc_IsAtMostOne_AndUnchangedByAddingAConstant(NonEmptyArray<byte> seed, byte shift)
    {
        var values = seed.Get.Select(b => (double)(b % 41)).ToArray();
        var groups = values.Chunk(3).Where(c => c.Length >= 2).Select(c => (IReadOnlyList<double>)c).ToList();
        var shifted = groups.Select(g => (IReadOnlyList<double>)g.Select(v => v + shift).ToList()).ToList();

        var icc = RaterStatistics.Icc(groups);
        var moved = RaterStatistics.Icc(shifted);

        var holds = icc is null ? moved is null : moved is { } m && icc <= 1 + 1e-12 && Math.Abs(icc.Value - m) < 1e-9;
        return holds.Label($"{string.Join(',', values)} → {icc} / {moved}");
    }

    private static RaterFigures Find(RaterReport report, string assessor) => report.Assessors.Single(a => a.Assessor == assessor);

    private static RaterSheet Sheet(string panel, string assessor, decimal total, bool adjudicated = false) =>
        new(panel, "t1", assessor, total, November, adjudicated, 5m);
}
