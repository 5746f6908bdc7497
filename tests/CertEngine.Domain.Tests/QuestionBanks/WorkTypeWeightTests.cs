using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// One level, two 工种 (甲工种 cooks, 乙工种 cares): the 比重表 either holds both 工种's branches side by side, each summing
/// to 100 with the shared 基本要求, or a 工种 has a table of its own (<c>5/乙工种</c>) that replaces the level's.
/// </summary>
public sealed class WorkTypeWeightTests
{
    private const string SideBySide = "5: { basic: 40, related: 60, care: 60 }";

    [Fact]
    public void Validate_TwoWorkTypesSideBySide_EachSums100_IsValid()
    {
        var result = Fixture().Load();

        Assert.Empty(result.Errors);
        var bank = result.Bank!;
        Assert.Equal(["basic", "related"], bank.WeightsFor(WeightTable.Theory, 5, "甲工种").Select(w => w.NodeId));
        Assert.Equal(["basic", "care"], bank.WeightsFor(WeightTable.Theory, 5, "乙工种").Select(w => w.NodeId));
    }

    [Fact]
    public void Validate_OneWorkTypesBranchOff_NamesThatWorkType()
    {
        var fixture = Fixture().Replace(BankFixture.Syllabus, SideBySide, "5: { basic: 40, related: 60, care: 50 }");

        var problem = Assert.Single(fixture.Load().Errors, p => p.Rule == BankRules.Weights && p.Message.Contains("合计", StringComparison.Ordinal));

        Assert.Contains("乙工种", problem.Message);
        Assert.Contains("basic 40 + care 50 = 90", problem.Message);
    }

    [Fact]
    public void Validate_WorkTypesOwnTable_ReplacesTheLevelsForThatWorkType()
    {
        var fixture = Fixture()
            .Replace(BankFixture.Syllabus, SideBySide, "5: { basic: 40, related: 60 }\n    5/乙工种: { basic: 30, care: 70 }")
            .Replace(BankFixture.Blueprints, "basic: { single: 3, judge: 1 }\n      care: { single: 5, judge: 1 }",
                "basic: { single: 2, judge: 1 }\n      care: { single: 6, judge: 1 }");

        var result = fixture.Load();

        Assert.Empty(result.Errors);
        Assert.Equal([("basic", 30m), ("care", 70m)], result.Bank!.WeightsFor(WeightTable.Theory, 5, "乙工种").Select(w => (w.NodeId, w.Percent)));
        Assert.Equal([("basic", 40m), ("related", 60m)], result.Bank.WeightsFor(WeightTable.Theory, 5, "甲工种").Select(w => (w.NodeId, w.Percent)));
    }

    [Fact]
    public void Validate_OwnTableOfAnUnknownWorkType_IsRefusedAtItsLine()
    {
        var fixture = Fixture().Replace(BankFixture.Syllabus, SideBySide, SideBySide + "\n    5/丙工种: { basic: 30, care: 70 }");

        var problem = Assert.Single(fixture.Load().Errors, p => p.Rule == BankRules.Weights);

        Assert.Contains("丙工种", problem.Message);
        Assert.Equal(fixture.LineOf(BankFixture.Syllabus, "5/丙工种"), problem.Location.Line);
    }

    [Fact]
    public void Validate_OwnTableWeighingAnotherWorkTypesNode_IsRefused()
    {
        var fixture = Fixture().Replace(BankFixture.Syllabus, SideBySide, "5: { basic: 40, related: 60 }\n    5/乙工种: { basic: 30, related: 70 }");

        var errors = fixture.Load().Errors;

        Assert.Contains(errors, p => p.Rule == BankRules.Weights && p.Message.Contains("不属于工种 乙工种", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteThenRead_OwnTable_KeepsItsWorkTypeAndTheContentHash()
    {
        var fixture = Fixture()
            .Replace(BankFixture.Syllabus, SideBySide, "5: { basic: 40, related: 60 }\n    5/乙工种: { basic: 30, care: 70 }")
            .Replace(BankFixture.Blueprints, "basic: { single: 3, judge: 1 }\n      care: { single: 5, judge: 1 }",
                "basic: { single: 2, judge: 1 }\n      care: { single: 6, judge: 1 }");
        var bank = fixture.Load().Bank!;

        var yaml = BankYamlWriter.Write(bank, "test");
        var reread = BankLoader.Load([new BankFile("bank.yaml", yaml)], [], _ => null);

        Assert.Empty(reread.Errors);
        Assert.Contains("5/乙工种:", yaml);
        Assert.Equal(ContentHash.OfSyllabus(bank), ContentHash.OfSyllabus(reread.Bank!));
        Assert.Contains(reread.Bank!.Weights, w => w is { WorkType: "乙工种", NodeId: "care", Percent: 70m });
    }

    [Fact]
    public void ContentHash_LevelTableOnly_DoesNotChangeWithTheWorkTypeField()
    {
        // Published versions hash their level tables as before: a 工种 adds to the hash only where a table has one.
        var plain = new BankFixture().Load().Bank!;
        var relabelled = new Bank(plain.LevelCatalogue, plain.Rules, plain.Occupation, plain.Nodes, plain.Elements,
            plain.Weights.Select(w => w with { WorkType = null }).ToList(), plain.Items, plain.Tasks, plain.Blueprints);
        var withWorkType = new Bank(plain.LevelCatalogue, plain.Rules, plain.Occupation, plain.Nodes, plain.Elements,
            plain.Weights.Select(w => w with { WorkType = "甲工种" }).ToList(), plain.Items, plain.Tasks, plain.Blueprints);

        Assert.Equal(ContentHash.OfSyllabus(plain), ContentHash.OfSyllabus(relabelled));
        Assert.NotEqual(ContentHash.OfSyllabus(plain), ContentHash.OfSyllabus(withWorkType));
    }

    [Fact]
    public void Combine_WorkTypeWithItsOwnSkillTable_WeighsByIt()
    {
        var bank = Fixture()
            .Replace(BankFixture.Syllabus, "5: { cooking: 100, nursing: 100 }", "5: { cooking: 100, nursing: 100 }\n    5/乙工种: { nursing: 100 }")
            .Load().Bank!;
        var nursing = bank.Tasks.Single(t => t.Id == "t-nursing-1");

        var score = PracticalComponentScoring.Combine(bank, 5, [(nursing, 80m, false)], "乙工种");

        Assert.Equal(80m, score.Score);
        Assert.Equal([("nursing", 100m)], score.Breakdown.Select(r => (r.NodeId, r.WeightPercent)));
    }

    [Fact]
    public void Combine_WorkTypeOnTheLevelsTable_IgnoresOtherWorkTypesBranches()
    {
        var bank = Fixture().Load().Bank!;
        var cooking = bank.Tasks.Single(t => t.Id == "t-cooking-1");

        var score = PracticalComponentScoring.Combine(bank, 5, [(cooking, 90m, false)], "甲工种");

        Assert.Equal(90m, score.Score);
        Assert.Equal(["cooking"], score.Breakdown.Select(r => r.NodeId));
    }

    /// <summary>The small bank with a second 工种 whose 相关知识 is care, both examined at 五级.</summary>
    internal static BankFixture Fixture() => new BankFixture()
        .Replace(BankFixture.Occupation, "  levels: [5]", "  levels: [5]\n  work-types:\n    5: [甲工种, 乙工种]")
        .Replace(BankFixture.Syllabus, "  - id: related\n    name: 相关知识\n", "  - id: related\n    name: 相关知识\n    work-types: [甲工种]\n")
        .Replace(BankFixture.Syllabus, "weights:", """
              - id: care
                name: 照护知识
                work-types: [乙工种]
                children:
                  - id: nursing
                    name: 生活照护
                    elements:
                      - { id: nursing.001, name: 协助进食, tag: X }
                      - { id: nursing.002, name: 协助如厕, tag: Y }
            weights:
            """)
        .Replace(BankFixture.Syllabus, "5: { basic: 40, related: 60 }", SideBySide)
        .Replace(BankFixture.Syllabus, "5: { cooking: 100 }", "5: { cooking: 100, nursing: 100 }")
        .Append(BankFixture.Items, CareItems())
        .Append(BankFixture.Tasks, """
              - id: t-nursing-1
                version: 1
                element: nursing
                title: 协助卧床老人进食
                minutes: 30
                points: 100
                materials: [餐具, 围兜]
                instructions: 在 30 分钟内完成。
                criteria:
                  - { id: c1, name: 体位, points: 40, standard: 每处体位不当扣 10 分，扣完为止 }
                  - { id: c2, name: 喂食, points: 60, standard: 每错一步扣 10 分，扣完为止 }
                vetoes: [发生呛咳未处理]
            """)
        .WithFile(BankFixture.Blueprints, """
            blueprints:
              - level: 5
                work-type: 甲工种
                mode: theory
                minutes: 90
                sections:
                  - { type: single, count: 8, points: 10 }
                  - { type: judge, count: 2, points: 10 }
                cells:
                  basic: { single: 3, judge: 1 }
                  related: { single: 5, judge: 1 }
              - level: 5
                work-type: 乙工种
                mode: theory
                minutes: 90
                sections:
                  - { type: single, count: 8, points: 10 }
                  - { type: judge, count: 2, points: 10 }
                cells:
                  basic: { single: 3, judge: 1 }
                  care: { single: 5, judge: 1 }
              - level: 5
                work-type: 甲工种
                mode: practical
                minutes: 60
                tasks: { cooking: 1 }
              - level: 5
                work-type: 乙工种
                mode: practical
                minutes: 60
                tasks: { nursing: 1 }
            """);

    private static string CareItems()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 1; i <= 6; i++)
        {
            text.Append($"""
                  - id: s-care-{i}
                    version: 1
                    type: single
                    element: nursing.00{(i % 2) + 1}
                    difficulty: 2
                    stem: 题目 s-care-{i} 的题干（  ）。
                    options:
                      A: s-care-{i} 选项一
                      B: s-care-{i} 选项二
                      C: s-care-{i} 选项三
                      D: s-care-{i} 选项四
                    key: {"ABCD"[i % 4]}

                """);
        }

        text.Append("""
              - id: j-care-1
                version: 1
                type: judge
                element: nursing.001
                difficulty: 2
                stem: 判断题 j-care-1 的陈述。
                key: true

            """);
        return text.ToString();
    }
}
