using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class PracticalComponentScoringTests
{
    [Fact]
    public void Combine_LevelFiveWithShippedSkillWeights_WeighsEachFunction()
    {
        var tasks = new[]
        {
            (ShippedBank.Task("cook5-t1"), 80m, false),
            (ShippedBank.Task("laun5-t1"), 70m, false),
            (ShippedBank.Task("clean5-t2"), 90m, false),
            (ShippedBank.Task("appl5-t1"), 60m, false),
        };

        var result = PracticalComponentScoring.Combine(ShippedBank.Bank, 5, tasks);

        // 30 × 0.8 + 25 × 0.7 + 25 × 0.9 + 20 × 0.6 = 24 + 17.5 + 22.5 + 12
        Assert.Equal(76m, result.Score);
        Assert.False(result.Failed);
        Assert.Equal(
            [("cooking", 30m, 24m), ("laundry", 25m, 17.5m), ("cleaning", 25m, 22.5m), ("appliances", 20m, 12m)],
            result.Breakdown);
    }

    [Fact]
    public void Combine_TwoTasksUnderOneFunction_AveragesThemFirst()
    {
        var tasks = new[]
        {
            (ShippedBank.Task("cook5-t1"), 80m, false),
            (ShippedBank.Task("cook5-t2"), 71m, false),
            (ShippedBank.Task("laun5-t1"), 100m, false),
            (ShippedBank.Task("clean5-t1"), 100m, false),
            (ShippedBank.Task("appl5-t1"), 100m, false),
        };

        var result = PracticalComponentScoring.Combine(ShippedBank.Bank, 5, tasks);

        // cooking: 30 × (0.80 + 0.71) / 2 = 22.65
        Assert.Equal(("cooking", 30m, 22.65m), result.Breakdown[0]);
        Assert.Equal(92.65m, result.Score);
    }

    [Fact]
    public void Combine_ComponentFailsVeto_MarksFailedAndKeepsTheScore()
    {
        var tasks = new[]
        {
            (ShippedBank.Task("cook5-t1"), 0m, true),
            (ShippedBank.Task("laun5-t1"), 100m, false),
            (ShippedBank.Task("clean5-t1"), 100m, false),
            (ShippedBank.Task("appl5-t1"), 100m, false),
        };

        var result = PracticalComponentScoring.Combine(ShippedBank.Bank, 5, tasks);

        Assert.True(result.Failed);
        Assert.Equal(70m, result.Score);
    }

    [Fact]
    public void Combine_LevelWithoutSkillWeights_WeighsTasksEqually()
    {
        var bank = WithoutSkillWeights(ShippedBank.Bank);
        var tasks = new[]
        {
            (ShippedBank.Task("cook5-t1"), 100m, false),
            (ShippedBank.Task("laun5-t1"), 50m, false),
            (ShippedBank.Task("clean5-t1"), 0m, false),
        };

        var result = PracticalComponentScoring.Combine(bank, 5, tasks);

        Assert.Equal(50m, result.Score);
        Assert.Equal(["cooking.staple5", "laundry.wash5", "cleaning.rooms5"], result.Breakdown.Select(r => r.NodeId));
        Assert.Equal([33.33m, 16.67m, 0m], result.Breakdown.Select(r => r.Contribution));
    }

    [Fact]
    public void Combine_WeightedFunctionWithoutTask_Throws()
    {
        var tasks = new[] { (ShippedBank.Task("cook5-t1"), 80m, false) };

        Assert.Throws<ArgumentException>(() => PracticalComponentScoring.Combine(ShippedBank.Bank, 5, tasks));
    }

    [Fact]
    public void Combine_ScoreAboveTheTaskPoints_Throws()
    {
        var tasks = new[] { (ShippedBank.Task("cook5-t1"), 100.5m, false) };

        Assert.Throws<ArgumentException>(() => PracticalComponentScoring.Combine(ShippedBank.Bank, 5, tasks));
    }

    private static Bank WithoutSkillWeights(Bank bank) => new(
        bank.LevelCatalogue, bank.Rules, bank.Occupation, bank.Nodes, bank.Elements,
        bank.Weights.Where(w => w.Table != WeightTable.Skill).ToList(), bank.Items, bank.Tasks, bank.Blueprints);
}
