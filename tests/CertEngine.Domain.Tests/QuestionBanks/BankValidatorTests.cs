using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>Each validator rule, fired by one mistake in an otherwise valid bank, reported at the right line.</summary>
public sealed class BankValidatorTests
{
    [Fact]
    public void Validate_FixtureBank_HasNoProblems()
    {
        var result = new BankFixture().Load();

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(10, result.Bank!.Items.Count);
    }

    [Fact]
    public void Load_BrokenYamlSyntax_NamesFileAndLine()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "stem: 题目 s-basic-2 的题干（  ）。", "stem: [unclosed");

        var problem = Single(fixture, BankRules.YamlSyntax);

        Assert.Equal(BankFixture.Items, problem.Location.File);
        Assert.InRange(problem.Location.Line, fixture.LineOf(BankFixture.Items, "[unclosed"), fixture.LineOf(BankFixture.Items, "[unclosed") + 2);
        Assert.StartsWith($"{BankFixture.Items}:{problem.Location.Line}: ", problem.ToString());
    }

    [Fact]
    public void Load_ItemsFileNestedPastTheLimit_IsOneProblemAtItsLineAndNothingElseFromThatFile()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "stem: 题目 s-basic-2 的题干（  ）。", "stem: " + new string('[', 50_000) + new string(']', 50_000));

        var problem = Single(fixture, BankRules.YamlLimit);

        Assert.Equal(BankFixture.Items, problem.Location.File);
        Assert.Equal(fixture.LineOf(BankFixture.Items, "stem: [[["), problem.Location.Line);
    }

    [Fact]
    public void Validate_NodesThatNameEachOtherAsParents_IsAnErrorNotAnEndlessWalk()
    {
        var fixture = new BankFixture().WithFile("bank/loop.yaml", """
            nodes:
              - { id: loop-a, name: 甲, parent: loop-b, xyz: "1:0:0" }
              - { id: loop-b, name: 乙, parent: loop-a, xyz: "1:0:0" }
              - { id: loop-c, name: 丙, parent: loop-c, xyz: "1:0:0" }
            """);

        var result = fixture.Load();

        var loops = result.Errors.Where(p => p.Rule == BankRules.SyllabusShape && p.Message.Contains("loop", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, loops.Count);
        Assert.All(loops, p => Assert.Contains("its own ancestor", p.Message, StringComparison.Ordinal));
        Assert.False(result.Bank!.IsWithin("loop-a", "basic"));
        Assert.Empty(result.Bank.ElementsUnder("loop-a"));
    }

    [Fact]
    public void Load_BadIndentation_IsReportedAtTheLine()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "    difficulty: 2\n    stem: 题目 s-basic-1", "    difficulty: 2\n      stem: 题目 s-basic-1");

        var problem = Single(fixture, BankRules.YamlSyntax);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "stem: 题目 s-basic-1"), problem.Location.Line);
    }

    [Fact]
    public void Load_DuplicateKeyInMapping_NamesTheSecondKey()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "D: s-basic-2 选项四\n    key: C\n", "D: s-basic-2 选项四\n    key: C\n    key: D\n");

        var problem = Single(fixture, BankRules.DuplicateKey);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "key: D"), problem.Location.Line);
    }

    [Fact]
    public void Validate_DuplicateItemId_NamesTheSecondOne()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "id: s-cooking-2", "id: s-cooking-1");

        var problem = Single(fixture, BankRules.DuplicateId);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "stem: 题目 s-cooking-2") - 5, problem.Location.Line);
        Assert.Contains("s-cooking-1", problem.Message);
    }

    [Fact]
    public void Validate_UnknownSyllabusElement_IsReportedAtTheElementLine()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "element: basic.001\n    difficulty: 2\n    stem: 题目 s-basic-3",
            "element: basic.099\n    difficulty: 2\n    stem: 题目 s-basic-3");

        var problem = Single(fixture, BankRules.UnknownElement);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "basic.099"), problem.Location.Line);
    }

    [Fact]
    public void Validate_KeyNotAmongOptions_IsReportedAtTheKeyLine()
    {
        var fixture = new BankFixture()
            .Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: E");

        var problem = Single(fixture, BankRules.KeyNotAnOption);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "key: E"), problem.Location.Line);
    }

    [Fact]
    public void Validate_SingleChoiceWithTwoKeys_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: [A, B]");

        var problem = Single(fixture, BankRules.KeyCount);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "key: [A, B]"), problem.Location.Line);
    }

    [Fact]
    public void Validate_MultipleChoiceWithOneKey_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "type: single\n    element: basic.001\n    difficulty: 2\n    stem: 题目 s-basic-1",
            "type: multiple\n    element: basic.001\n    difficulty: 2\n    stem: 题目 s-basic-1");

        var problems = fixture.Load().Errors.ToList();

        Assert.Contains(problems, p => p.Rule == BankRules.KeyCount && p.Message.Contains("s-basic-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_JudgeWithThreeOptions_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "stem: 判断题 j-basic-1 的陈述。\n    key: true",
            "stem: 判断题 j-basic-1 的陈述。\n    options: { A: 对, B: 错, C: 不一定 }\n    key: A");

        var problem = Single(fixture, BankRules.JudgeOptions);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "C: 不一定"), problem.Location.Line);
    }

    [Fact]
    public void Validate_EmptyStem_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "stem: 题目 s-cooking-3 的题干（  ）。", "stem: \"\"");

        var problem = Single(fixture, BankRules.EmptyText);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "stem: \"\""), problem.Location.Line);
    }

    [Fact]
    public void Validate_EmptyOption_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "C: s-cooking-3 选项三", "C: \"\"");

        var problem = Single(fixture, BankRules.EmptyText);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "C: \"\""), problem.Location.Line);
    }

    [Fact]
    public void Validate_EnemyThatDoesNotExist_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "key: true", "key: true\n    enemies: [s-basic-1, nobody-1]");

        var problem = Single(fixture, BankRules.UnknownEnemy);

        Assert.Equal(fixture.LineOf(BankFixture.Items, "nobody-1"), problem.Location.Line);
        Assert.Contains("nobody-1", problem.Message);
    }

    [Fact]
    public void Validate_RubricPointsThatDoNotAddUp_NameTheSum()
    {
        var fixture = new BankFixture().Replace(BankFixture.Tasks, "points: 60, standard", "points: 50, standard");

        var problem = Single(fixture, BankRules.RubricPoints);

        Assert.Contains("90", problem.Message);
        Assert.Equal(fixture.LineOf(BankFixture.Tasks, "criteria:") + 1, problem.Location.Line);
    }

    [Fact]
    public void Validate_SectionsThatDoNotMake100_AreRefused()
    {
        var fixture = new BankFixture()
            .Replace(BankFixture.Blueprints, "{ type: judge, count: 2, points: 10 }", "{ type: judge, count: 2, points: 5 }");

        var problems = fixture.Load().Errors.Where(p => p.Rule == BankRules.Blueprint).ToList();

        Assert.Contains(problems, p => p.Message.Contains("90", StringComparison.Ordinal) && p.Message.Contains("100", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CellWhosePointsDisagreeWithItsWeight_IsRefused()
    {
        var fixture = new BankFixture()
            .Replace(BankFixture.Syllabus, "5: { basic: 40, related: 60 }", "5: { basic: 30, related: 70 }");

        var problems = fixture.Load().Errors.Where(p => p.Rule == BankRules.Blueprint).ToList();

        Assert.Contains(problems, p => p.Location.Line == fixture.LineOf(BankFixture.Blueprints, "basic: { single: 3") && p.Message.Contains("30", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CellTheBankCannotFill_NamesTheShortfall()
    {
        var fixture = new BankFixture().Replace(BankFixture.Catalogue, "min-pool-ratio: 1", "min-pool-ratio: 3");

        var problems = fixture.Load().Errors.Where(p => p.Rule == BankRules.PoolShortfall).ToList();

        var related = Assert.Single(problems, p => p.Message.Contains("related × single", StringComparison.Ordinal));
        Assert.Contains("short by 10", related.Message);
        Assert.Equal(fixture.LineOf(BankFixture.Blueprints, "related: { single: 5"), related.Location.Line);
    }

    [Fact]
    public void Validate_CellDrawingMoreThanItsPool_CannotAssemble()
    {
        var fixture = new BankFixture()
            .Replace(BankFixture.Blueprints, "count: 8, points: 10", "count: 9, points: 10")
            .Replace(BankFixture.Blueprints, "count: 2, points: 10", "count: 1, points: 10")
            .Replace(BankFixture.Blueprints, "related: { single: 5, judge: 1 }", "related: { single: 6 }");

        var problem = Single(fixture, BankRules.PoolShortfall);

        Assert.Contains("short by 1", problem.Message);
        Assert.Contains("无法组卷", problem.Message);
    }

    [Fact]
    public void Validate_WeightsNotMaking100_AreRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Syllabus, "5: { cooking: 100 }", "5: { cooking: 90 }");

        var problem = Assert.Single(fixture.Load().Errors, p => p.Rule == BankRules.Weights);

        Assert.Equal(fixture.LineOf(BankFixture.Syllabus, "cooking: 90"), problem.Location.Line);
    }

    [Fact]
    public void Validate_UnknownField_IsNamed()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "stem: 判断题 j-basic-1 的陈述。", "stme: 判断题 j-basic-1 的陈述。");

        var problems = fixture.Load().Errors.ToList();

        Assert.Contains(problems, p => p.Rule == BankRules.UnknownField && p.Location.Line == fixture.LineOf(BankFixture.Items, "stme:"));
        Assert.Contains(problems, p => p.Rule == BankRules.MissingField && p.Message.Contains("stem", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BlueprintForALevelTheOccupationLacks_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Blueprints, "  - level: 5\n    mode: practical", "  - level: 4\n    mode: practical");

        var problem = Single(fixture, BankRules.Level);

        Assert.Equal(fixture.LineOf(BankFixture.Blueprints, "level: 4"), problem.Location.Line);
    }

    [Fact]
    public void Validate_DurationShorterThanTheStandard_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Blueprints, "mode: theory\n    minutes: 90", "mode: theory\n    minutes: 60");

        var problem = Single(fixture, BankRules.Blueprint);

        Assert.Contains("90", problem.Message);
    }

    [Fact]
    public void Load_TruncatedFile_IsRefused()
    {
        var fixture = new BankFixture();
        fixture.Files[BankFixture.Items] = fixture.Files[BankFixture.Items][..(fixture.Files[BankFixture.Items].Length / 2)];

        var result = fixture.Load();

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, p => p.Location.File == BankFixture.Items && p.Location.Line > 0);
    }

    [Fact]
    public void Validate_SameItemWrittenTwiceUnderNewIds_IsRefused()
    {
        var fixture = new BankFixture();
        fixture.Files["bank/items-copy.yaml"] = fixture.Files[BankFixture.Items].Replace("id: s-", "id: copy-s-", StringComparison.Ordinal)
            .Replace("id: j-", "id: copy-j-", StringComparison.Ordinal);

        var problems = fixture.Load().Errors.Where(p => p.Rule == BankRules.DuplicateId).ToList();

        Assert.Equal(10, problems.Count);
        Assert.All(problems, p => Assert.Contains("same stem and options", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_XyzCountsThatDisagreeWithTags_AreRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Syllabus, "    name: 家庭餐制作\n", "    name: 家庭餐制作\n        xyz: \"2:0:0\"\n");

        var problem = Single(fixture, BankRules.Xyz);

        Assert.Contains("1:1:0", problem.Message);
    }

    [Fact]
    public void Validate_ItemsOfAnotherLevel_DoNotFillALevelsPool()
    {
        var fixture = new BankFixture()
            .Replace(BankFixture.Occupation, "levels: [5]", "levels: [5, 4]")
            .Replace(BankFixture.Occupation, "  components:\n", "  components:\n    4: { theory: { minutes: 90, pass-mark: 60 } }\n")
            .Replace(BankFixture.Syllabus, "    name: 家庭餐制作\n", "    name: 家庭餐制作\n        levels: [4]\n");

        var problems = fixture.Load().Errors.Where(p => p.Rule == BankRules.PoolShortfall).ToList();

        Assert.Contains(problems, p => p.Message.Contains("related × single holds 0 items", StringComparison.Ordinal));
    }

    private static BankProblem Single(BankFixture fixture, string rule)
    {
        var errors = fixture.Load().Errors.ToList();
        Assert.True(errors.Count(p => p.Rule == rule) == 1,
            $"expected one '{rule}' error, got:\n{string.Join('\n', errors)}");
        return errors.Single(p => p.Rule == rule);
    }
}
