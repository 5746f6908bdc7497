using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class PracticalDrawTests
{
    [Fact]
    public void Draw_LevelFive_TakesOneTaskPerFunctionInBlueprintOrder()
    {
        var bank = ShippedBank.Bank;

        var drawn = PracticalDraw.Draw(bank, ShippedBank.PracticalBlueprint(5), 42UL, 0);

        Assert.Equal(["cooking", "laundry", "cleaning", "appliances"], drawn.Select(t => FunctionOf(bank, t)));
        Assert.All(drawn, t => Assert.EndsWith("5", BankValidator.TaskNode(bank, t)));
    }

    [Fact]
    public void Draw_TheoryBlueprint_Throws()
    {
        var theory = ShippedBank.Bank.Blueprints.First(b => b.Mode == BlueprintMode.Theory);

        Assert.Throws<ArgumentException>(() => PracticalDraw.Draw(ShippedBank.Bank, theory, 1UL, 0));
    }

    [Fact]
    public void Draw_NeighbouringSeats_GetTheOtherTaskOfATwoTaskPool()
    {
        var blueprint = ShippedBank.PracticalBlueprint(5);

        var seat0 = PracticalDraw.Draw(ShippedBank.Bank, blueprint, 7UL, 0);
        var seat1 = PracticalDraw.Draw(ShippedBank.Bank, blueprint, 7UL, 1);
        var seat2 = PracticalDraw.Draw(ShippedBank.Bank, blueprint, 7UL, 2);

        Assert.All(seat0.Zip(seat1), pair => Assert.NotEqual(pair.First.Id, pair.Second.Id));
        Assert.Equal(seat0.Select(t => t.Id), seat2.Select(t => t.Id));
    }

    [Property(MaxTest = 200)]
    public Property Draw_SameSeedAndSeat_GivesTheSameTasks(ulong seed, NonNegativeInt seat)
    {
        var blueprint = ShippedBank.PracticalBlueprint(4);

        var first = PracticalDraw.Draw(ShippedBank.Bank, blueprint, seed, seat.Get).Select(t => t.Id).ToList();
        var second = PracticalDraw.Draw(ShippedBank.Bank, blueprint, seed, seat.Get).Select(t => t.Id).ToList();

        return first.SequenceEqual(second).Label(string.Join(",", first));
    }

    [Property(MaxTest = 200)]
    public Property Draw_AnyRunOfSeats_UsesEveryTaskOfAPoolEvenly(ulong seed, PositiveInt seatCount)
    {
        var (bank, blueprint) = FiveTaskPoolDrawingTwo();
        var seats = 1 + (seatCount.Get % 40);

        var draws = Enumerable.Range(0, seats).Select(s => PracticalDraw.Draw(bank, blueprint, seed, s)).ToList();
        var uses = bank.Tasks.Where(t => t.Id.StartsWith("pool-", StringComparison.Ordinal))
            .Select(t => draws.Sum(d => d.Count(x => x.Id == t.Id)))
            .ToList();

        var balanced = uses.Max() - uses.Min() <= 1 && uses.Sum() == 2 * seats;
        var distinctPerSeat = draws.All(d => d.Select(t => t.Id).Distinct().Count() == d.Count);
        return (balanced && distinctPerSeat).Label($"seats {seats}: uses {string.Join(",", uses)}");
    }

    private static string FunctionOf(Bank bank, PracticalTask task) =>
        new[] { "cooking", "laundry", "cleaning", "appliances" }.Single(f => bank.IsWithin(BankValidator.TaskNode(bank, task)!, f));

    // The shipped bank plus five level-5 cooking tasks, and a blueprint that draws two of them per seat.
    private static (Bank Bank, Blueprint Blueprint) FiveTaskPoolDrawingTwo()
    {
        var shipped = ShippedBank.Bank;
        var template = ShippedBank.Task("cook5-t1");
        var extra = Enumerable.Range(1, 5).Select(i => template with { Id = $"pool-{i}", NodeId = "cooking.dish5" });
        var tasks = shipped.Tasks.Where(t => !t.Id.StartsWith("cook5", StringComparison.Ordinal)).Concat(extra).ToList();
        var bank = new Bank(shipped.LevelCatalogue, shipped.Rules, shipped.Occupation, shipped.Nodes, shipped.Elements,
            shipped.Weights, shipped.Items, tasks, shipped.Blueprints);
        var blueprint = ShippedBank.PracticalBlueprint(5) with { Tasks = [new TaskDraw("cooking", 2, new SourceLocation("test", 1))] };
        return (bank, blueprint);
    }
}
