using CertEngine.Domain.Papers;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Papers;

public sealed class SeedScreenTests
{
    private static ShippedBankFixture Shipped => ShippedBankFixture.Instance;

    [Property(MaxTest = 6)]
    public bool Choose_AnySeedStream_TheChosenSeedsPapersMeetTheTarget(ulong start, bool level5)
    {
        var plan = Shipped.Plan(level5 ? 5 : 4);
        var next = start;

        var choice = SeedScreen.Choose(plan, () => next++, ExposureTarget.Default);

        var measured = ExposureReport.Measure(plan, choice.Seed, 1000);
        return choice.MeetsTarget && measured.WorstMaxOverMean <= 1.1m && measured.MaxNeighbourOverlap == 0 && measured == choice.Statistics;
    }

    [Fact]
    public void Choose_FirstSeedMeetsTheTarget_TakesItWithoutDrawingAnother()
    {
        var drawn = new List<ulong>();
        ulong next = 41;

        var choice = SeedScreen.Choose(Shipped.Level5, () => { drawn.Add(next); return next++; }, new ExposureTarget(10m, 200, 5));

        Assert.Equal(41UL, choice.Seed);
        Assert.Equal(1, choice.Tries);
        Assert.Equal([41UL], drawn);
    }

    [Fact]
    public void Choose_TargetUnreachable_TriesEverySeedAndTakesTheBest()
    {
        ulong next = 1;
        var target = new ExposureTarget(1.0m, 200, 3);

        var choice = SeedScreen.Choose(Shipped.Level5, () => next++, target);

        var best = new ulong[] { 1, 2, 3 }.MinBy(s => ExposureReport.Measure(Shipped.Level5, s, 200).WorstMaxOverMean);
        Assert.False(choice.MeetsTarget);
        Assert.Equal(best, choice.Seed);
        Assert.Equal(4UL, next);
    }
}
