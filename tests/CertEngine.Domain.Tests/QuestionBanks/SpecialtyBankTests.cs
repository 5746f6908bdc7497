using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>A bank that describes a 专项职业能力考核规范: how it loads, what it yields, and the rules only it has.</summary>
public sealed class SpecialtyBankTests
{
    [Fact]
    public void Load_SpecialtyFixture_IsAValidLevellessBank()
    {
        var result = SpecialtyFixture.Create().Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Empty(result.Problems);
        var occupation = result.Bank!.Occupation;
        Assert.True(occupation.IsSpecialty);
        Assert.Empty(occupation.Levels);
        Assert.Equal([Occupation.SpecialtyLevel], occupation.AssessedLevels);
        Assert.Equal([new ComponentSpec(ComponentKind.Theory, 30, 60m), new ComponentSpec(ComponentKind.Practical, 60, 60m)], occupation.ComponentsFor(null));
        Assert.Empty(occupation.ComponentsFor(5));
        Assert.True(occupation.Specialty!.CodeUnconfirmed);
    }

    [Fact]
    public void Load_WorkTaskTable_BecomesTheSkillAndTheoryWeights()
    {
        var bank = SpecialtyFixture.Create().Load().Bank!;

        Assert.Equal(
            [(WeightTable.Skill, 0, "basic", 40m), (WeightTable.Skill, 0, "cooking", 60m), (WeightTable.Theory, 0, "basic", 40m), (WeightTable.Theory, 0, "cooking", 60m)],
            bank.Weights.Select(w => (w.Table, w.Level, w.NodeId, w.Percent)));
    }

    [Fact]
    public void Load_PracticalOnlySpecialty_HasSkillWeightsOnly()
    {
        var fixture = SpecialtyFixture.Create()
            .Replace(BankFixture.Occupation, "    theory: { minutes: 30, pass-mark: 60 }\n", "")
            .WithFile(BankFixture.Blueprints, "blueprints:\n  - { mode: practical, minutes: 60, tasks: { basic: 1, cooking: 1 } }\n");

        var result = fixture.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Equal([(WeightTable.Skill, "basic"), (WeightTable.Skill, "cooking")], result.Bank!.Weights.Select(w => (w.Table, w.NodeId)));
    }

    [Fact]
    public void FindBlueprint_NullLevelOfASpecialty_FindsItsLevellessBlueprints()
    {
        var bank = SpecialtyFixture.Create().Load().Bank!;

        var theory = bank.FindBlueprint(null, null, BlueprintMode.Theory);
        var practical = bank.FindBlueprint(null, null, BlueprintMode.Practical);

        Assert.Equal((Occupation.SpecialtyLevel, BlueprintMode.Theory), (theory!.Level, theory.Mode));
        Assert.Equal((Occupation.SpecialtyLevel, BlueprintMode.Practical), (practical!.Level, practical.Mode));
        Assert.Null(bank.FindBlueprint(5, null, BlueprintMode.Theory));
        Assert.Equal("专项", bank.LevelName(Occupation.SpecialtyLevel));
    }

    [Fact]
    public void FindBlueprint_NullLevelOfABankWithLevels_IsNull()
    {
        var bank = new BankFixture().Load().Bank!;

        Assert.Null(bank.FindBlueprint(null, null, BlueprintMode.Theory));
        Assert.Equal(5, bank.FindBlueprint(5, null, BlueprintMode.Theory)!.Level);
    }

    [Fact]
    public void PaperPlan_SpecialtyTheoryBlueprint_AssemblesAHundredPointPaper()
    {
        var bank = SpecialtyFixture.Create().Load().Bank!;

        var plan = Assert.IsType<PaperPlanResult.Ready>(PaperPlan.Create(bank, "S-0101", 1, bank.FindBlueprint(null, null, BlueprintMode.Theory)!)).Plan;
        var paper = plan.Assemble(sessionSeed: 7, seat: 0);

        Assert.Equal(10, paper.Questions.Count);
        Assert.Equal(100m, paper.TotalPoints);
        Assert.Equal(Occupation.SpecialtyLevel, paper.Level);
        Assert.Equal(paper, plan.Assemble(sessionSeed: 7, seat: 0));
    }

    [Fact]
    public void Publish_SpecialtyFixture_ReadsBackTheSameStandard()
    {
        using var directory = new TemporaryDirectory();
        var bankDirectory = SpecialtyFixture.Create().WriteTo(directory.Path);

        var published = Assert.IsType<PublishOutcome.Published>(BankVersions.Publish(bankDirectory, new DateOnly(2026, 3, 1)));
        var loaded = BankVersions.LoadPublished(published.Directory);

        Assert.True(loaded.IsValid, string.Join('\n', loaded.Problems));
        var source = SpecialtyFixture.Create().Load().Bank!;
        var bank = loaded.Bank!;
        Assert.Equal(Describe(source), Describe(bank));
        Assert.Equal(source.Weights.Select(w => (w.Table, w.Level, w.NodeId, w.Percent)), bank.Weights.Select(w => (w.Table, w.Level, w.NodeId, w.Percent)));
        Assert.Equal(ContentHash.OfOccupation(source), ContentHash.OfOccupation(bank));
        Assert.Equal(ContentHash.OfBlueprints(source), ContentHash.OfBlueprints(bank));
    }

    [Fact]
    public void OfOccupation_SpecialtyTableChanged_ChangesTheHash()
    {
        var bank = SpecialtyFixture.Create().Load().Bank!;
        var changed = SpecialtyFixture.Create().Replace(BankFixture.Occupation, "[能做家庭餐]", "[能做家庭餐, 能洗碗]").Load().Bank!;

        Assert.NotEqual(ContentHash.OfOccupation(bank), ContentHash.OfOccupation(changed));
    }

    [Fact]
    public void Combine_SpecialtyPractical_WeighsTasksByTheWorkTaskTable()
    {
        var bank = SpecialtyFixture.Create().Load().Bank!;
        var drawn = PracticalDraw.Draw(bank, bank.FindBlueprint(null, null, BlueprintMode.Practical)!, seed: 3, seat: 0);

        var score = PracticalComponentScoring.Combine(bank, Occupation.SpecialtyLevel,
            drawn.Select(t => (t, t.Id == "t-basic-1" ? 50m : 100m, false)).ToList());

        Assert.Equal(["t-basic-1", "t-cooking-1"], drawn.Select(t => t.Id));
        Assert.Equal(80m, score.Score);   // 40 × 50 % + 60 × 100 %
    }

    private static string Describe(Bank bank)
    {
        var o = bank.Occupation;
        var s = o.Specialty!;
        return string.Join('|', o.Code, o.Name, o.IsSpecialty, string.Join(',', o.Levels), string.Join(',', o.ComponentsFor(null)),
            s.CodeUnconfirmed, s.Definition, s.Audience, s.Requirements, s.Issuer,
            string.Join(';', s.WorkTasks.Select(t => $"{t.NodeId}={t.Percent}:{string.Join(',', t.Operations)}/{string.Join(',', t.Knowledge)}")),
            string.Join(';', bank.Blueprints.Select(b => $"{b.Level}/{b.Mode}/{b.Minutes}")));
    }
}
