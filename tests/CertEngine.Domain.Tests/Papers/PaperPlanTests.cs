using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using FsCheck;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Papers;

public sealed class PaperPlanTests
{
    private const string PinnedLevel5Seat7 = "appl5-043:BADC clean5-028:BCAD nutr-001:DABC clean5-035:DCAB cook5-020:DBCA appl5-059:CABD";

    private static ShippedBankFixture Shipped => ShippedBankFixture.Instance;

    [Property(MaxTest = 60)]
    public void Assemble_ShippedBlueprints_MeetBlueprintExactly(ulong seed, NonNegativeInt seat, bool level5)
    {
        var level = level5 ? 5 : 4;

        var paper = Shipped.Plan(level).Assemble(seed, seat.Get);

        PaperAssertions.MeetsBlueprint(paper, Shipped.Bank, Shipped.Blueprint(level));
        Assert.Equal(100m, paper.TotalPoints);
        Assert.Equal((ShippedBankFixture.BankId, 1, level, ShippedBankFixture.WorkType, seed, seat.Get),
            (paper.BankId, paper.BankVersion, paper.Level, paper.WorkType, paper.SessionSeed, paper.Seat));
    }

    [Property(MaxTest = 60)]
    public void Assemble_SameSeedAndSeat_GivesEqualPaperFromAFreshPlan(ulong seed, NonNegativeInt seat)
    {
        var fresh = ((PaperPlanResult.Ready)PaperPlan.Create(Shipped.Bank, ShippedBankFixture.BankId, 1, Shipped.Blueprint(5))).Plan;

        var first = Shipped.Level5.Assemble(seed, seat.Get);
        var second = fresh.Assemble(seed, seat.Get);

        Assert.Equal(first, second);
        Assert.Equal(first.Questions.Select(q => (q.ItemId, q.ItemVersion, q.Type, q.Points, q.CellNodeId, string.Join(",", q.OptionOrder))),
            second.Questions.Select(q => (q.ItemId, q.ItemVersion, q.Type, q.Points, q.CellNodeId, string.Join(",", q.OptionOrder))));
    }

    [Property(MaxTest = 60)]
    public void Assemble_AllCorrectAnswersThroughDisplayLabels_ScoreFullMarks(ulong seed, NonNegativeInt seat, bool level5)
    {
        var level = level5 ? 5 : 4;
        var paper = Shipped.Plan(level).Assemble(seed, seat.Get);
        var answers = PaperAssertions.AllCorrectThroughDisplay(paper, Shipped.Bank);

        var grade = ObjectiveGrader.Grade(paper, Shipped.Bank, answers, MultipleChoicePolicy.AllOrNothing);

        Assert.Equal(100m, grade.Score);
    }

    [Fact]
    public void Assemble_FixedSeedAndSeat_GivesThePinnedPaper()
    {
        // Pins the drawing algorithm: a stored attempt must re-render the same paper after any upgrade.
        var paper = Shipped.Level5.Assemble(20261123, 7);

        Assert.Equal(PinnedLevel5Seat7, string.Join(" ", paper.Questions.Take(6).Select(q => $"{q.ItemId}:{string.Concat(q.OptionOrder)}")));
    }

    [Fact]
    public void Assemble_NeighbouringSeats_ShuffleOptionsAndOrderDifferently()
    {
        var first = Shipped.Level5.Assemble(99, 10);
        var second = Shipped.Level5.Assemble(99, 11);

        Assert.NotEqual(first.Questions.Select(q => q.ItemId), second.Questions.Select(q => q.ItemId));
        Assert.Contains(first.Questions, q => q.OptionOrder.Count > 0 && !q.OptionOrder.SequenceEqual(q.OptionOrder.Order()));
    }

    [Fact]
    public void Assemble_NegativeSeat_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.Level5.Assemble(1, -1));
    }

    [Property(MaxTest = 60)]
    public void Assemble_SyntheticBankWithEnemies_NeverPairsEnemies(ulong seed, NonNegativeInt seat)
    {
        var builder = TwoCellBank();
        for (var e = 0; e < 4; e++)
        {
            builder.WithEnemies($"a-s-{e:D3}-0", $"a-j-{e:D3}-0").WithEnemies($"a-s-{e:D3}-1", $"b-s-{e:D3}-0");
        }

        var bank = builder.Build();
        var plan = Ready(bank, builder.Blueprint());

        var paper = plan.Assemble(seed, seat.Get);

        PaperAssertions.MeetsBlueprint(paper, bank, builder.Blueprint());
    }

    [Property(MaxTest = 60)]
    public void Assemble_PoolWithEnoughElements_DrawsDistinctElementsPerCell(ulong seed, NonNegativeInt seat)
    {
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 12, singles: 3, judges: 0)
            .WithSection(ItemType.Single, 10m)
            .Draw("a", ItemType.Single, 10);
        var bank = builder.Build();

        var paper = Ready(bank, builder.Blueprint()).Assemble(seed, seat.Get);

        var elements = paper.Questions.Select(q => bank.FindItem(q.ItemId)!.ElementId).ToList();
        Assert.Equal(elements.Count, elements.Distinct().Count());
    }

    [Fact]
    public void Create_PoolSmallerThanDraw_Refused()
    {
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 2, singles: 2, judges: 1)
            .WithSection(ItemType.Single, 1m)
            .WithSection(ItemType.Judge, 1m)
            .Draw("a", ItemType.Single, 5)
            .Draw("a", ItemType.Judge, 1);

        var result = PaperPlan.Create(builder.Build(), "x", 1, builder.Blueprint());

        var refused = Assert.IsType<PaperPlanResult.Refused>(result);
        Assert.Equal(["blueprint level 5 theory: cell a × single holds 4 items, one paper draws 5"], refused.Problems);
    }

    [Fact]
    public void Create_EnemiesMakeCellImpossible_Refused()
    {
        // Three items, two drawn, all enemies of each other: no paper can hold two of them.
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 3, singles: 1, judges: 0)
            .WithSection(ItemType.Single, 1m)
            .Draw("a", ItemType.Single, 2)
            .WithEnemies("a-s-000-0", "a-s-001-0")
            .WithEnemies("a-s-001-0", "a-s-002-0")
            .WithEnemies("a-s-002-0", "a-s-000-0");

        var result = PaperPlan.Create(builder.Build(), "x", 1, builder.Blueprint());

        var refused = Assert.IsType<PaperPlanResult.Refused>(result);
        Assert.Single(refused.Problems);
        Assert.StartsWith("blueprint level 5 theory: cell a × single: enemy items could block", refused.Problems[0]);
    }

    [Fact]
    public void Create_OneEnemyPairInRoomyPool_Ready()
    {
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 2, singles: 1, judges: 0)
            .WithSection(ItemType.Single, 1m)
            .Draw("a", ItemType.Single, 1)
            .WithEnemies("a-s-000-0", "a-s-001-0");

        var result = PaperPlan.Create(builder.Build(), "x", 1, builder.Blueprint());

        Assert.IsType<PaperPlanResult.Ready>(result);
    }

    [Fact]
    public void Create_ManyEnemiesInAPoolThatDrawsOne_ReadyAndNeverPairsThem()
    {
        // Four of eight judge items each an enemy of two singles of a pool of 6 drawing 3. Only one judge item reaches a paper,
        // so at most two singles are blocked and the singles never run short (a bound that took the three largest
        // counts of any items on the paper counted six and refused).
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 6, singles: 1, judges: 0)
            .WithCell("b", elements: 8, singles: 0, judges: 1)
            .WithSection(ItemType.Single, 1m)
            .WithSection(ItemType.Judge, 1m)
            .Draw("a", ItemType.Single, 3)
            .Draw("b", ItemType.Judge, 1)
            .WithEnemies("b-j-000-0", "a-s-000-0").WithEnemies("b-j-000-0", "a-s-001-0")
            .WithEnemies("b-j-001-0", "a-s-002-0").WithEnemies("b-j-001-0", "a-s-003-0")
            .WithEnemies("b-j-002-0", "a-s-004-0").WithEnemies("b-j-002-0", "a-s-005-0")
            .WithEnemies("b-j-003-0", "a-s-000-0").WithEnemies("b-j-003-0", "a-s-003-0");
        var bank = builder.Build();

        var plan = Ready(bank, builder.Blueprint());

        for (var seat = 0; seat < 200; seat++)
        {
            PaperAssertions.MeetsBlueprint(plan.Assemble(7, seat), bank, builder.Blueprint());
        }
    }

    [Fact]
    public void Create_EveryItemOfASmallPoolHasAnEnemyInALargeOne_ReadyAndNeverPairsThem()
    {
        // Both judge items could be blocked at once, so that pool cannot promise a replacement; their enemies sit in a
        // pool of 12 singles that always can, so where no exchange fits the single gives way.
        var builder = new SyntheticBankBuilder()
            .WithCell("a", elements: 12, singles: 1, judges: 0)
            .WithCell("b", elements: 2, singles: 0, judges: 1)
            .WithSection(ItemType.Single, 1m)
            .WithSection(ItemType.Judge, 1m)
            .Draw("a", ItemType.Single, 3)
            .Draw("b", ItemType.Judge, 1)
            .WithEnemies("b-j-000-0", "a-s-000-0").WithEnemies("b-j-000-0", "a-s-001-0")
            .WithEnemies("b-j-001-0", "a-s-002-0").WithEnemies("b-j-001-0", "a-s-003-0");
        var bank = builder.Build();

        var plan = Ready(bank, builder.Blueprint());

        for (var seat = 0; seat < 400; seat++)
        {
            PaperAssertions.MeetsBlueprint(plan.Assemble(11, seat), bank, builder.Blueprint());
        }
    }

    [Fact]
    public void Create_PracticalBlueprint_Refused()
    {
        var practical = Shipped.Bank.Blueprints.First(b => b.Mode == BlueprintMode.Practical);

        var result = PaperPlan.Create(Shipped.Bank, ShippedBankFixture.BankId, 1, practical);

        var refused = Assert.IsType<PaperPlanResult.Refused>(result);
        Assert.Equal([$"blueprint {practical.Name}: not a theory blueprint"], refused.Problems);
    }

    [Fact]
    public void Create_SectionCountDisagreesWithCells_Refused()
    {
        var builder = TwoCellBank();
        var blueprint = builder.Blueprint();
        var wrong = blueprint with { Sections = [blueprint.Sections[0] with { Count = blueprint.Sections[0].Count + 1 }, blueprint.Sections[1]] };

        var result = PaperPlan.Create(builder.Build(), "x", 1, wrong);

        var refused = Assert.IsType<PaperPlanResult.Refused>(result);
        Assert.Equal([$"blueprint level 5 theory: section single has {wrong.Sections[0].Count} items but its cells draw {wrong.Sections[0].Count - 1}"], refused.Problems);
    }

    [Fact]
    public void Create_CellDrawsTypeWithoutSection_Refused()
    {
        var builder = TwoCellBank().Draw("a", ItemType.Multiple, 1);
        var blueprint = builder.Blueprint();

        var result = PaperPlan.Create(builder.Build(), "x", 1, blueprint);

        var refused = Assert.IsType<PaperPlanResult.Refused>(result);
        Assert.Equal(["blueprint level 5 theory: cell a draws multiple items but there is no multiple section"], refused.Problems);
    }

    internal static SyntheticBankBuilder TwoCellBank() => new SyntheticBankBuilder()
        .WithCell("a", elements: 10, singles: 3, judges: 1)
        .WithCell("b", elements: 8, singles: 2, judges: 1)
        .WithSection(ItemType.Single, 2m)
        .WithSection(ItemType.Judge, 1m)
        .Draw("a", ItemType.Single, 8)
        .Draw("a", ItemType.Judge, 3)
        .Draw("b", ItemType.Single, 5)
        .Draw("b", ItemType.Judge, 2);

    internal static PaperPlan Ready(Bank bank, Blueprint blueprint) =>
        Assert.IsType<PaperPlanResult.Ready>(PaperPlan.Create(bank, "x", 1, blueprint)).Plan;
}
