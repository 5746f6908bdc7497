using CertEngine.Domain.Integrity;

namespace CertEngine.Domain.Tests.Integrity;

/// <summary>
/// The copying statistic against an independent computation (every outcome enumerated) on small fixtures, and on generated
/// sittings: a planted pair that copies wrong answers is found; sittings without one flag no pair.
/// </summary>
public sealed class CopyingStatisticTests
{
    [Theory]
    [InlineData(new[] { 0.3, 0.5, 0.25, 0.9 }, 2)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 }, 5)]
    [InlineData(new[] { 1.0, 0.0, 0.5 }, 1)]
    [InlineData(new[] { 0.33, 0.33, 0.33 }, 0)]
    [InlineData(new[] { 0.33, 0.33, 0.33 }, 4)]
    public void UpperTail_EqualsTheSumOverEveryOutcome(double[] probabilities, int atLeast)
    {
        // Independent formula: enumerate all 2ⁿ outcomes and add the probability of those with at least atLeast successes.
        var expected = 0.0;
        for (var mask = 0; mask < 1 << probabilities.Length; mask++)
        {
            var (chance, successes) = (1.0, 0);
            for (var i = 0; i < probabilities.Length; i++)
            {
                var success = (mask >> i & 1) == 1;
                chance *= success ? probabilities[i] : 1 - probabilities[i];
                successes += success ? 1 : 0;
            }

            expected += successes >= atLeast ? chance : 0;
        }

        Assert.Equal(expected, PoissonBinomial.UpperTail(probabilities, atLeast), 12);
    }

    [Fact]
    public void MatchChance_SmoothedShares_AsWorkedByHand()
    {
        // Wrong answers B ×3, C ×1 among the others; 3 wrong kinds (B, C, D), ½ added to each: (3.5² + 1.5² + 0.5²) / 5.5².
        var chance = CopyingStatistic.MatchChance(new Dictionary<string, int> { ["B"] = 3, ["C"] = 1 }, 3);

        Assert.Equal((3.5 * 3.5 + 1.5 * 1.5 + 0.5 * 0.5) / (5.5 * 5.5), chance, 12);
        Assert.Equal(1, CopyingStatistic.MatchChance(new Dictionary<string, int>(), 1));
    }

    [Fact]
    public void Pairs_SmallSitting_StatisticOfThePairEqualsTheHandComputation()
    {
        // Four candidates, three single-choice items (A keyed, B/C/D wrong). Seats 1 and 2 both chose B on items 1 and 2,
        // and both answered item 3 wrongly with different options.
        CandidateConduct Candidate(int seat, params string[] answers) =>
            new(seat, answers.Select((a, i) => new SittingResponse($"i{i}@1", i, 3, a, a == "A", a)).ToList(), null, 0);
        var sitting = new[]
        {
            Candidate(1, "B", "B", "C"), Candidate(2, "B", "B", "D"), Candidate(3, "C", "A", "B"), Candidate(4, "A", "D", "B"),
        };

        var pair = CopyingStatistic.Pairs(sitting, new SignalBounds(MinIdenticalWrong: 1)).Single(p => (p.SeatA, p.SeatB) == (1, 2));

        // Item 0: others' wrong answers {C}; item 1: {D}; item 2: {B, B}. c = Σ ((n+½)/(W+1.5))² over B, C, D.
        var c0 = (1.5 * 1.5 + 0.5 * 0.5 + 0.5 * 0.5) / (2.5 * 2.5);
        var c1 = c0;
        var c2 = (2.5 * 2.5 + 0.5 * 0.5 + 0.5 * 0.5) / (3.5 * 3.5);
        var tail = 1 - (1 - c0) * (1 - c1) * (1 - c2) - c0 * (1 - c1) * (1 - c2) - (1 - c0) * c1 * (1 - c2) - (1 - c0) * (1 - c1) * c2;
        Assert.Equal((3, 3, 2), (pair.CommonItems, pair.BothWrong, pair.IdenticalWrong));
        Assert.Equal(c0 + c1 + c2, pair.Expected, 12);
        Assert.Equal(tail, pair.PValue, 12);
        Assert.True(pair.Neighbours);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Pairs_GeneratedSittingWithAPlantedCopier_FlagsThatPairOnly(int seed)
    {
        var sitting = GeneratedSitting.Build(seed, candidates: 60, items: 80, copier: (Source: 17, Copier: 18));

        var flagged = CopyingStatistic.Pairs(sitting, SignalBounds.Default).Where(p => p.Flagged).ToList();

        var pair = Assert.Single(flagged);
        Assert.Equal((17, 18, true), (pair.SeatA, pair.SeatB, pair.Neighbours));
        Assert.True(pair.PValue <= pair.Threshold);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void Pairs_GeneratedSittingWithoutCopying_FlagsNoPair(int seed)
    {
        var sitting = GeneratedSitting.Build(seed, candidates: 60, items: 80, copier: null);

        var pairs = CopyingStatistic.Pairs(sitting, SignalBounds.Default);

        Assert.Equal(60 * 59 / 2, pairs.Count);
        Assert.DoesNotContain(pairs, p => p.Flagged);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Pairs_PapersPerSeatWithAScreenCopier_FlagsThatPairOnly(int seed)
    {
        var sitting = GeneratedSitting.BuildPerSeat(seed, candidates: 40, items: 80, copier: (Source: 9, Copier: 10));

        var flagged = CopyingStatistic.Pairs(sitting, SignalBounds.Default).Where(p => p.Flagged).ToList();

        var pair = Assert.Single(flagged);
        Assert.Equal((9, 10, true, 0), (pair.SeatA, pair.SeatB, pair.Neighbours, pair.CommonItems));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(34)]
    public void Pairs_PapersPerSeatWithoutCopying_FlagsNoPair(int seed)
    {
        var sitting = GeneratedSitting.BuildPerSeat(seed, candidates: 40, items: 80, copier: null);

        Assert.DoesNotContain(CopyingStatistic.Pairs(sitting, SignalBounds.Default), p => p.Flagged);
    }
}
