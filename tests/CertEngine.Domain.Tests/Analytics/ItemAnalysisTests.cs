using CertEngine.Domain.Analytics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Analytics;

/// <summary>Item and test statistics against values worked out by hand, and against textbook formulas computed here from the whole matrix.</summary>
public sealed class ItemAnalysisTests
{
    private const double Tolerance = 1e-12;
    private static readonly string[] Abcd = ["A", "B", "C", "D"];

    // Five attempts of one paper of three 1-point items (rows: attempts; columns: i1, i2, i3). Everybody gets i1 right.
    private static readonly int[][] Hand =
    [
        [1, 1, 1],
        [1, 1, 0],
        [1, 0, 1],
        [1, 0, 0],
        [1, 1, 0],
    ];

    [Fact]
    public void Analyse_HandFixture_GivesTheHandWorkedNumbers()
    {
        var (items, test) = AnalyseMatrix(Hand);

        // i2: u = 1 1 0 0 1, rest = X − u = 2 1 2 1 1: cov = 0.8 − 0.6·1.4 = −0.04, var u = var rest = 0.24, r = −1/6.
        Assert.Equal(0.6, items[1].P!.Value, Tolerance);
        Assert.Equal(-1.0 / 6, items[1].PointBiserial!.Value, Tolerance);
        // Scores 3 2 2 1 2: g = ⌈0.27·5⌉ = 2, the 2nd highest and 2nd lowest are both 2, and the ties join: upper = X ≥ 2
        // (4 attempts, 3 right on i2), lower = X ≤ 2 (4 attempts, 2 right): D = 3/4 − 2/4.
        Assert.Equal(0.25, items[1].UpperLower!.Value, Tolerance);
        // Σ item variances 0 + 0.24 + 0.24 over var X 0.4: α = 3/2 · (1 − 1.2) = −0.3; SEM = √0.4 · √1.3.
        Assert.Equal(-0.3, test.Alpha!.Value, Tolerance);
        Assert.Equal(Math.Sqrt(0.4) * Math.Sqrt(1.3), test.StandardError!.Value, Tolerance);
        Assert.Equal(2.0, test.Mean!.Value, Tolerance);
        Assert.Equal(Math.Sqrt(0.4), test.StandardDeviation!.Value, Tolerance);
        Assert.Equal(3.0, test.ItemsPerPaper);
        Assert.Equal([5L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L], test.Distribution.Select(b => b.Count));
    }

    [Fact]
    public void Analyse_ItemEverybodyGetsRight_HasPOneAndNoPointBiserial()
    {
        var (items, _) = AnalyseMatrix(Hand);

        Assert.Equal(1.0, items[0].P);
        Assert.Null(items[0].PointBiserial);
        Assert.Equal(0.0, items[0].UpperLower);
    }

    [Fact]
    public void Analyse_ItemNobodySaw_HasNoNumbersAndNoFlags()
    {
        var statistics = ItemAnalysis.Analyse(new ItemTally("unseen", 2), Abcd, ["B"], 40, ItemFlagBounds.Default with { MinAttempts = 1 });

        Assert.Equal(("unseen", 2, 0L, 0L), (statistics.ItemId, statistics.Version, statistics.Attempts, statistics.Exposure));
        Assert.Null(statistics.P);
        Assert.Null(statistics.PointBiserial);
        Assert.Null(statistics.UpperLower);
        Assert.Null(statistics.Omitted);
        Assert.Equal(0.0, statistics.ExposureRate);
        Assert.All(statistics.Options, o => Assert.Equal((0.0, (double?)null), (o.Share, o.UpperShare)));
        Assert.Empty(statistics.Flags);
    }

    [Fact]
    public void Analyse_OneAttempt_HasNoCorrelationNoAlphaAndBothGroupsHoldIt()
    {
        var (items, test) = AnalyseMatrix([[1, 0]]);

        Assert.Equal((1.0, 0.0), (items[0].P, items[1].P));
        Assert.All(items, i => Assert.Null(i.PointBiserial));
        Assert.All(items, i => Assert.Equal(0.0, i.UpperLower));
        Assert.Null(test.Alpha);
        Assert.Null(test.StandardError);
        Assert.Equal((1L, 1.0, 0.0), (test.Attempts, test.Mean!.Value, test.StandardDeviation!.Value));
    }

    [Fact]
    public void Cuts_TiesAtTheCut_AllJoinTheGroup()
    {
        // 10 attempts: g = ⌈2.7⌉ = 3. The 3rd highest is 80, tied with a 4th: both join; the 3rd lowest is 40.
        var cuts = ScoreCuts.From([(90, 1), (85, 1), (80, 2), (60, 2), (40, 2), (30, 1), (20, 1)]);

        Assert.Equal(new ScoreCuts(80, 40), cuts);
        Assert.True(cuts.InUpper(80));
        Assert.False(cuts.InUpper(79.5));
        Assert.True(cuts.InLower(40));
        Assert.Equal(ScoreCuts.None, ScoreCuts.From([]));
    }

    [Fact]
    public void Analyse_OptionsAndOmissions_AreSharesOfTheAttemptsThatDrewTheItem()
    {
        var tally = new ItemTally("i", 1);
        var cuts = new ScoreCuts(80, 40);
        tally.Add(90, 1, true, ["B"], cuts);
        tally.Add(85, 0, false, ["C"], cuts);
        tally.Add(60, 0, false, [], cuts);
        tally.Add(30, 0, false, ["C"], cuts);

        var statistics = ItemAnalysis.Analyse(tally, Abcd, ["B"], 8, ItemFlagBounds.Default);

        Assert.Equal(
            [new OptionShare("A", false, 0, 0, 0), new OptionShare("B", true, 0.25, 0.5, 0), new OptionShare("C", false, 0.5, 0.5, 1), new OptionShare("D", false, 0, 0, 0)],
            statistics.Options);
        Assert.Equal((0.25, 0.5, 4L), (statistics.Omitted, statistics.ExposureRate, statistics.Exposure));
        Assert.Null(statistics.MeanSeconds);
    }

    [Fact]
    public void Analyse_MeanSeconds_IsTheRecordedTimesOverTheTimedAnswers_AcrossTracks()
    {
        var cuts = new ScoreCuts(80, 40);
        var track5 = new ItemTally("i", 1);
        track5.Add(90, 1, true, ["B"], cuts);
        track5.Add(60, 0, false, ["C"], cuts);
        track5.AddTimes(2, 12.5 + 30);
        var track4 = new ItemTally("i", 1);
        track4.Add(50, 1, true, ["B"], cuts);
        track4.AddTimes(1, 2.5);
        var untimed = new ItemTally("i", 1);
        untimed.Add(70, 1, true, ["B"], cuts);
        var all = new ItemTally("i", 1);
        all.Add(track5);
        all.Add(track4);
        all.Add(untimed);

        // (12.5 + 30 + 2.5) / 3 = 15 s: the untimed answer counts in n but not in the mean.
        var statistics = ItemAnalysis.Analyse(all, Abcd, ["B"], 4, ItemFlagBounds.Default);

        Assert.Equal((4L, 3L), (statistics.Attempts, all.Timed));
        Assert.Equal(15, statistics.MeanSeconds!.Value, 12);
        Assert.Null(ItemAnalysis.Analyse(untimed, Abcd, ["B"], 4, ItemFlagBounds.Default).MeanSeconds);
        Assert.Throws<ArgumentOutOfRangeException>(() => untimed.AddTimes(-1, 0));
    }

    [Fact]
    public void Analyse_ItemsOutsideTheBounds_AreFlaggedWithTheirNumbers()
    {
        var cuts = new ScoreCuts(70, 40);
        var easy = new ItemTally("easy", 1);
        var tricky = new ItemTally("tricky", 1);
        for (var i = 0; i < 40; i++)
        {
            // Strong candidates (score 80) fall for distractor C of "tricky"; D of "easy" is never chosen.
            var score = i < 20 ? 80.0 : 30.0;
            easy.Add(score, i < 38 ? 1 : 0, i < 38, [i < 38 ? "A" : "B"], cuts);
            var right = i % 4 == 0;
            tricky.Add(score, right ? 1 : 0, right, [right ? "A" : i < 20 ? "C" : "B"], cuts);
        }

        var easyFlags = ItemAnalysis.Analyse(easy, Abcd, ["A"], 40, ItemFlagBounds.Default).Flags;
        var trickyFlags = ItemAnalysis.Analyse(tricky, Abcd, ["A"], 40, ItemFlagBounds.Default).Flags;
        var fewAttempts = ItemAnalysis.Analyse(easy, Abcd, ["A"], 40, ItemFlagBounds.Default with { MinAttempts = 41 }).Flags;

        Assert.Contains(new ItemFlag(ItemFlagCodes.TooEasy, 0.95, 0.90), easyFlags);
        Assert.Contains(new ItemFlag(ItemFlagCodes.DistractorUnchosen, 0, 0.01, "C"), easyFlags);
        Assert.Contains(new ItemFlag(ItemFlagCodes.DistractorUnchosen, 0, 0.01, "D"), easyFlags);
        Assert.Contains(new ItemFlag(ItemFlagCodes.DistractorBeatsKey, 0.75, 0.25, "C", 0.25), trickyFlags);
        // Right and wrong answers are spread alike over both groups, so the rest score (X − u) falls with u: r < 0.
        Assert.Contains(trickyFlags, f => f.Code == ItemFlagCodes.NegativeDiscrimination && f.Value < 0 && f.Bound == 0);
        Assert.DoesNotContain(trickyFlags, f => f.Code is ItemFlagCodes.TooEasy or ItemFlagCodes.TooHard);
        Assert.Empty(fewAttempts);
    }

    [Fact]
    public void Analyse_RightAnswersFromWeakCandidates_AreFlaggedAsNegativeDiscrimination()
    {
        // The item is right exactly on the weaker papers.
        int[][] matrix = [[0, 1, 1, 1], [0, 1, 1, 0], [1, 0, 0, 1], [1, 0, 0, 0]];
        var (items, _) = AnalyseMatrix(matrix, ItemFlagBounds.Default with { MinAttempts = 1 });

        Assert.True(items[0].PointBiserial < 0);
        Assert.Contains(items[0].Flags, f => f.Code == ItemFlagCodes.NegativeDiscrimination && f.Value == items[0].PointBiserial && f.Bound == 0);
    }

    [Property(MaxTest = 200)]
    public Property Analyse_AnyMatrix_AgreesWithTheTextbookFormulasAndStaysInRange(PositiveInt seed, PositiveInt rows, PositiveInt columns)
    {
        var random = new Random(seed.Get);
        var matrix = Enumerable.Range(0, rows.Get % 30 + 1)
            .Select(_ => Enumerable.Range(0, columns.Get % 6 + 2).Select(_ => random.Next(2)).ToArray())
            .ToArray();

        var (items, test) = AnalyseMatrix(matrix);

        var inRange = items.All(i => i.P is >= 0 and <= 1 && (i.PointBiserial is null or (>= -1 and <= 1)) && (i.UpperLower is null or (>= -1 and <= 1)));
        var alphaAgrees = (test.Alpha, TextbookAlpha(matrix)) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Math.Abs(a - b) < 1e-9 && a <= 1 + 1e-12,
            _ => false,
        };
        var correlationsAgree = items.Select((item, j) => (item.PointBiserial, Pearson(matrix, j)))
            .All(pair => pair switch { (null, null) => true, ({ } a, { } b) => Math.Abs(a - b) < 1e-9, _ => false });
        return (inRange && alphaAgrees && correlationsAgree).Label($"{matrix.Length}×{matrix[0].Length}, seed {seed.Get}");
    }

    /// <summary>Runs a 0/1 matrix (1-point items, everybody on the same paper) through the Domain.</summary>
    private static (IReadOnlyList<ItemStatistics> Items, TestStatistics Test) AnalyseMatrix(int[][] matrix, ItemFlagBounds? bounds = null)
    {
        var scores = matrix.Select(row => (double)row.Sum()).ToList();
        var cuts = ScoreCuts.From(scores.GroupBy(s => s).Select(g => (g.Key, (long)g.Count())));
        var tallies = Enumerable.Range(0, matrix[0].Length).Select(j => new ItemTally($"i{j + 1}", 1)).ToList();
        for (var a = 0; a < matrix.Length; a++)
        {
            for (var j = 0; j < matrix[a].Length; j++)
            {
                tallies[j].Add(scores[a], matrix[a][j], matrix[a][j] == 1, [matrix[a][j] == 1 ? "A" : "B"], cuts);
            }
        }

        var items = tallies.Select(t => ItemAnalysis.Analyse(t, Abcd, ["A"], matrix.Length, bounds ?? ItemFlagBounds.Default)).ToList();
        var test = TestAnalysis.Analyse("t", scores.GroupBy(s => s).Select(g => (g.Key, (long)g.Count())), tallies.Sum(t => t.Count),
            tallies.Sum(t => t.Count * t.AwardedVariance));
        return (items, test);
    }

    // Cronbach's alpha with sample variances (n − 1), straight from the matrix.
    private static double? TextbookAlpha(int[][] matrix)
    {
        var n = matrix.Length;
        var k = matrix[0].Length;
        if (n < 2)
        {
            return null;
        }

        var totals = matrix.Select(r => (double)r.Sum()).ToArray();
        var totalVariance = SampleVariance(totals);
        if (totalVariance == 0)
        {
            return null;
        }

        var itemVariances = Enumerable.Range(0, k).Sum(j => SampleVariance(matrix.Select(r => (double)r[j]).ToArray()));
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }

    // Pearson's r of item j against the rest score, by the two-pass definition.
    private static double? Pearson(int[][] matrix, int j)
    {
        if (matrix.Length < 2)
        {
            return null;
        }

        var x = matrix.Select(r => (double)r[j]).ToArray();
        var y = matrix.Select(r => (double)(r.Sum() - r[j])).ToArray();
        double mx = x.Average(), my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }

    private static double SampleVariance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
