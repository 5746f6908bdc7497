using System.Numerics;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Stats;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.QuestionBanks.Stats;

/// <summary>Pools, ratios and the expected overlap of two papers, on the fixture bank and in general.</summary>
public sealed class BankStatisticsTests
{
    [Fact]
    public void Of_FixtureBank_CountsEachCellAndTypeAgainstItsDraw()
    {
        var bank = new BankFixture().Load().Bank!;

        var statistics = Assert.Single(BankStatistics.Of(bank));

        Assert.Equal((5, 10), (statistics.Level, statistics.PaperItems));
        Assert.Equal(
            [("basic", ItemType.Single, 3, 3), ("basic", ItemType.Judge, 1, 1), ("related", ItemType.Single, 5, 5), ("related", ItemType.Judge, 1, 1)],
            statistics.Pools.Select(p => (p.NodeId, p.Type, p.Drawn, p.Pool)));
        Assert.Equal(10, statistics.ExpectedOverlap);
        Assert.Empty(statistics.ThinPools);
        var cooking = Assert.Single(statistics.Contents, c => c.NodeId == "cooking");
        Assert.Equal((1, 2, 0, 5, 1), (cooking.Depth, cooking.Elements, cooking.ElementsWithoutItems, cooking.Items[ItemType.Single], cooking.Items[ItemType.Judge]));
        Assert.Equal([0, 6, 0, 0, 0], cooking.ByDifficulty);
    }

    [Fact]
    public void IsThin_PoolBelowTheMinimumRatio_TrueAndEqualIsNot()
    {
        Assert.True(new PoolStatistics("cooking", ItemType.Single, 4, 11, 3).IsThin);
        Assert.False(new PoolStatistics("cooking", ItemType.Single, 4, 12, 3).IsThin);
        Assert.Equal(3m, new PoolStatistics("cooking", ItemType.Single, 4, 12, 3).Ratio);
    }

    /// <summary>draw² ÷ pool is exactly the mean number of items two uniformly drawn papers share (every pair of draws enumerated).</summary>
    [Property(MaxTest = 60)]
    public Property ExpectedOverlap_AnySmallPool_IsTheMeanOverlapOfEveryPairOfDraws()
    {
        var sizes = from pool in Gen.Choose(1, 9) from drawn in Gen.Choose(1, pool) select (pool, drawn);
        return Prop.ForAll(sizes.ToArbitrary(), size =>
        {
            var draws = Enumerable.Range(0, 1 << size.pool).Where(m => BitOperations.PopCount((uint)m) == size.drawn).ToList();
            var mean = draws.SelectMany(a => draws.Select(b => BitOperations.PopCount((uint)(a & b)))).Average();

            var expected = new PoolStatistics("n", ItemType.Single, size.drawn, size.pool, 3).ExpectedOverlap;

            return (Math.Abs(mean - expected) < 1e-9).Label($"pool {size.pool}, draw {size.drawn}: mean {mean}, formula {expected}");
        });
    }
}
