using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using Xunit.Abstractions;

namespace CertEngine.Domain.Tests.Papers;

public sealed class ExposureReportTests(ITestOutputHelper output)
{
    private static ShippedBankFixture Shipped => ShippedBankFixture.Instance;

    [Theory]
    [InlineData(5, 1UL)]
    [InlineData(5, 20261123UL)]
    [InlineData(4, 1UL)]
    [InlineData(4, 20261123UL)]
    public void Measure_ShippedBank1000Papers_NeighboursShareNothing(int level, ulong seed)
    {
        var statistics = ExposureReport.Measure(Shipped.Plan(level), seed, 1000);

        output.WriteLine(statistics.ToString());
        Assert.Equal(0, statistics.MaxNeighbourOverlap);
        Assert.Equal(0d, statistics.MeanNeighbourOverlap);
    }

    [Theory]
    [InlineData(5, 1UL)]
    [InlineData(5, 2UL)]
    [InlineData(5, 3UL)]
    [InlineData(5, 20261123UL)]
    [InlineData(4, 1UL)]
    [InlineData(4, 2UL)]
    [InlineData(4, 3UL)]
    [InlineData(4, 20261123UL)]
    public void Measure_ShippedBank1000Papers_MaxOverMeanAtMostOnePointOne(int level, ulong seed)
    {
        // The shipped bank pairs many single items with the judge item on the same fact (enemies). Replacements for
        // dropped enemies are drawn in proportion to how much exposure each item loses that way, so these seeds read
        // 1.06–1.09 (docs/performance.md). The target is met per seed, not guaranteed for every seed: a few other
        // seeds read up to about 1.11 at level 5.
        var statistics = ExposureReport.Measure(Shipped.Plan(level), seed, 1000);

        output.WriteLine(statistics.ToString());
        Assert.True(statistics.WorstMaxOverMean <= 1.1m, statistics.ToString());
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    public void Measure_SyntheticBankWithoutEnemies_EvenExposureAndNoNeighbourOverlap(ulong seed)
    {
        var builder = PaperPlanTests.TwoCellBank();
        var plan = PaperPlanTests.Ready(builder.Build(), builder.Blueprint());

        var statistics = ExposureReport.Measure(plan, seed, 1000);

        Assert.True(statistics.WorstMaxOverMean <= 1.1m, statistics.ToString());
        Assert.Equal(0, statistics.MaxNeighbourOverlap);
    }

    [Fact]
    public void Measure_PoolTwiceTheDraw_NeighboursShareNothing()
    {
        // P = 2k: the only way to keep every neighbour apart is to alternate two halves, which one epoch per session does.
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 8, singles: 1, judges: 0)
            .WithSection(ItemType.Single, 1m)
            .Draw("a", ItemType.Single, 4);
        var plan = PaperPlanTests.Ready(builder.Build(), builder.Blueprint());

        var statistics = ExposureReport.Measure(plan, 5, 200);

        output.WriteLine(statistics.ToString());
        Assert.Equal((0, 1m), (statistics.MaxNeighbourOverlap, statistics.WorstMaxOverMean));
    }

    [Fact]
    public void Measure_OnePaper_ReportsNoOverlap()
    {
        var statistics = ExposureReport.Measure(Shipped.Level5, 3, 1);

        Assert.Equal((1, 0, 0d), (statistics.Papers, statistics.MaxNeighbourOverlap, statistics.MeanNeighbourOverlap));
    }

    [Fact]
    public void Measure_NoPapers_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExposureReport.Measure(Shipped.Level5, 3, 0));
    }
}
