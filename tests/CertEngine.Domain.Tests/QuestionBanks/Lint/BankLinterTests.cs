using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Lint;

namespace CertEngine.Domain.Tests.QuestionBanks.Lint;

/// <summary>Each lint rule on a small bank written to break it once, at a known line.</summary>
public sealed class BankLinterTests
{
    [Fact]
    public void KeyLongest_KeysLongerThanEveryDistractor_ErrorOnTheShareAndWarningOnTheBlatantItem()
    {
        var fixture = new LintFixture();
        for (var i = 1; i <= 4; i++)
        {
            fixture.Single($"long-{i}", $"蒸米饭第{i}步应（  ）。", "先淘米两三遍再按一比一点二加水浸泡半小时", "加水", "不洗", "生米直接煮");
        }

        var report = fixture.Lint();

        var problems = LintFixture.Of(report, BankLintRules.KeyLongest);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Location.File == BankFixture.Occupation);
        var warning = Assert.Single(problems, p => p.Severity == ProblemSeverity.Warning && p.Message.StartsWith("item long-1:", StringComparison.Ordinal));
        Assert.Equal(fixture.Bank.LineOf(BankFixture.Items, "- id: long-1") + 11, warning.Location.Line);
        var figure = Assert.Single(report.Figures, f => f.Rule == BankLintRules.KeyLongest);
        Assert.Equal((0.3333m, false), (figure.Value, figure.Passed));
    }

    [Fact]
    public void KeyLongest_FixtureKeysOfEqualLength_NoProblem()
    {
        var report = new LintFixture().Lint();

        Assert.Empty(LintFixture.Of(report, BankLintRules.KeyLongest));
        Assert.True(Assert.Single(report.Figures, f => f.Rule == BankLintRules.KeyLongest).Passed);
    }

    [Fact]
    public void WordCue_OnlyTheKeyWithoutAnAbsoluteWord_WarnsOnTheItemAndFailsTheGap()
    {
        var fixture = new LintFixture()
            .Single("cue-1", "清洗真丝衣物时应（  ）。", "用冷水轻柔手洗", "一律用热水浸泡", "必须用力搓洗", "总是机洗甩干");

        var report = fixture.Lint();

        var problems = LintFixture.Of(report, BankLintRules.WordCue);
        var warning = Assert.Single(problems, p => p.Severity == ProblemSeverity.Warning);
        Assert.StartsWith("item cue-1:", warning.Message);
        Assert.Equal(fixture.Bank.LineOf(BankFixture.Items, "- id: cue-1") + 7, warning.Location.Line);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("absolute words", StringComparison.Ordinal));
    }

    [Fact]
    public void WordCue_FalseStatementsAbsoluteTrueOnesNot_FailsTheJudgeGap()
    {
        var fixture = new LintFixture()
            .Judge("jw-1", "所有衣物都一律可以用热水洗涤。", key: false)
            .Judge("jw-2", "羊毛衫只要用力搓洗就能洗干净。", key: false)
            .Judge("jw-3", "真丝衣物宜用冷水手洗。", key: true);

        var report = fixture.Lint();

        Assert.Contains(LintFixture.Of(report, BankLintRules.WordCue), p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("判断题", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("越洗越白", true)]
    [InlineData("水温越高去污越好", true)]
    [InlineData("越过门槛后再放好东西，不越界", false)]
    [InlineData("不一定", false)]
    public void LintText_PatternWithEllipsis_MatchesBothPartsWithinAFewCharacters(string text, bool matches)
    {
        Assert.Equal(matches, LintText.HasAny(text, ["越…越", "一定"], ["不一定"]));
    }

    [Fact]
    public void StemEcho_KeyRepeatingTheStem_Warns()
    {
        var fixture = new LintFixture()
            .Single("echo-1", "洗涤羽绒服时要使用中性洗涤剂，羽绒服洗涤应（  ）。", "使用中性洗涤剂洗涤", "暴晒", "干洗后熨烫", "高温烘干");

        var report = fixture.Lint();

        var warning = Assert.Single(LintFixture.Of(report, BankLintRules.StemEcho));
        Assert.StartsWith("item echo-1:", warning.Message);
    }

    [Fact]
    public void AllOrNone_AllOfTheAboveOption_WarnsAtTheOptions()
    {
        var fixture = new LintFixture().Single("all-1", "擦拭实木家具可用（  ）。", "拧干的软布", "家具护理蜡", "专用清洁剂", "以上都对。");

        var report = fixture.Lint();

        var warning = Assert.Single(LintFixture.Of(report, BankLintRules.AllOrNone));
        Assert.Equal((ProblemSeverity.Warning, fixture.Bank.LineOf(BankFixture.Items, "- id: all-1") + 7), (warning.Severity, warning.Location.Line));
    }

    [Theory]
    [InlineData("下列做法不正确的是（  ）。", 1)]
    [InlineData("下列做法“不正确”的是（  ）。", 0)]
    [InlineData("下列做法【不正确】的是（  ）。", 0)]
    public void NegativeStem_NegativeWithoutEmphasis_Warns(string stem, int warnings)
    {
        var fixture = new LintFixture().Single("neg-1", stem, "用软布擦", "用钢丝球刷", "用冷水洗", "晾干");

        var report = fixture.Lint();

        Assert.Equal(warnings, LintFixture.Of(report, BankLintRules.NegativeStem).Count);
    }

    [Fact]
    public void NearDuplicate_SameFactInOtherWordsOnOnePaper_ErrorAtTheSecondItem()
    {
        var fixture = new LintFixture()
            .Single("dup-1", "使用滚筒洗衣机时，应选用（  ）。", "低泡洗涤剂或滚筒专用洗涤剂", "高泡洗衣粉", "肥皂", "消毒液")
            .Single("dup-2", "使用滚筒洗衣机洗衣服，应选用（  ）。", "低泡型洗涤剂", "普通洗衣粉", "洗洁精", "漂白粉");

        var report = fixture.Lint();

        var error = LintFixture.Of(report, BankLintRules.NearDuplicate).SingleOrDefault(p => p.Message.StartsWith("item dup-2 ", StringComparison.Ordinal));
        Assert.True(error is not null, string.Join("\n", report.Problems));
        Assert.Equal((ProblemSeverity.Error, fixture.Bank.LineOf(BankFixture.Items, "- id: dup-2")), (error.Severity, error.Location.Line));
        Assert.Contains("dup-1", error.Message);
    }

    [Theory]
    [InlineData("nursing.001", false)]
    [InlineData("cooking.001", true)]
    public void NearDuplicate_TwoWorkTypesOfOneLevel_NeverShareAPaper_SoOnlyTheSameWorkTypeIsAnError(string secondElement, bool error)
    {
        var bank = WorkTypeWeightTests.Fixture().Append(BankFixture.Catalogue, LintFixture.LintSection).Append(BankFixture.Items, $$"""
              - id: dup-1
                version: 1
                type: single
                element: cooking.001
                difficulty: 2
                stem: 使用滚筒洗衣机时，应选用（  ）。
                options: { A: 低泡洗涤剂或滚筒专用洗涤剂, B: 高泡洗衣粉, C: 肥皂, D: 消毒液 }
                key: A
              - id: dup-2
                version: 1
                type: single
                element: {{secondElement}}
                difficulty: 2
                stem: 使用滚筒洗衣机洗衣服，应选用（  ）。
                options: { A: 低泡型洗涤剂, B: 普通洗衣粉, C: 洗洁精, D: 漂白粉 }
                key: A

            """);
        var loaded = bank.Load();
        Assert.True(loaded.Bank is not null, string.Join("\n", loaded.Problems));

        var report = BankLinter.Lint(loaded.Bank);

        Assert.Equal(error, LintFixture.Of(report, BankLintRules.NearDuplicate).Any(p => p.Message.StartsWith("item dup-", StringComparison.Ordinal)));
    }

    [Fact]
    public void NearDuplicate_DeclaredEnemies_NoError()
    {
        var fixture = new LintFixture()
            .Single("dup-1", "使用滚筒洗衣机时，应选用（  ）。", "低泡洗涤剂或滚筒专用洗涤剂", "高泡洗衣粉", "肥皂", "消毒液")
            .Single("dup-2", "使用滚筒洗衣机洗衣服，应选用（  ）。", "低泡型洗涤剂", "普通洗衣粉", "洗洁精", "漂白粉", enemies: "dup-1");

        var report = fixture.Lint();

        Assert.DoesNotContain(LintFixture.Of(report, BankLintRules.NearDuplicate), p => p.Message.Contains("dup-", StringComparison.Ordinal));
    }

    [Fact]
    public void RestatesLowerLevel_FourthLevelItemRestatingAFifthLevelOne_WarnsAndFailsTheShare()
    {
        var fixture = new LintFixture().WithLevelFour()
            .Single("five-1", "冷冻肉解冻时，较为安全卫生的方法是（  ）。", "提前放入冰箱冷藏室缓慢解冻", "放在室温下过夜", "用热水浸泡", "用开水烫")
            .Single("four-1", "冷冻的肉类需要解冻时，较为合适的方法是（  ）。", "提前放入冰箱冷藏室缓慢解冻", "放在阳光下", "用热水冲", "微波炉高火", element: "cooking4.001");

        var report = fixture.Lint();

        var problems = LintFixture.Of(report, BankLintRules.RestatesLowerLevel);
        var warning = Assert.Single(problems, p => p.Severity == ProblemSeverity.Warning);
        Assert.StartsWith("item four-1（四级）", warning.Message);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.DoesNotContain(LintFixture.Of(report, BankLintRules.NearDuplicate), p => p.Message.Contains("four-1", StringComparison.Ordinal));
    }

    [Fact]
    public void JudgeBalance_AllJudgeItemsTrue_ErrorForTheLevel()
    {
        var fixture = new LintFixture().Judge("jt-1", "真丝衣物宜用冷水手洗。", true).Judge("jt-2", "羊毛衫宜平铺晾干。", true)
            .Judge("jt-3", "切菜时手指应内收。", true);

        var report = fixture.Lint();

        var error = Assert.Single(LintFixture.Of(report, BankLintRules.JudgeBalance));
        Assert.Equal((ProblemSeverity.Error, BankFixture.Blueprints), (error.Severity, error.Location.File));
        Assert.Contains(report.Figures, f => f.Rule == BankLintRules.JudgeBalance && f.Level == 5 && f.Value == 0.8m && !f.Passed);
    }

    [Fact]
    public void DifficultySpread_EveryItemRatedTwo_ThreeErrorsForTheLevel()
    {
        var report = new LintFixture().Lint();

        var errors = LintFixture.Of(report, BankLintRules.DifficultySpread);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal((ProblemSeverity.Error, BankFixture.Blueprints), (e.Severity, e.Location.File)));
    }

    [Fact]
    public void DifficultySpread_SpreadRatings_NoProblem()
    {
        var fixture = new LintFixture();
        foreach (var (d, i) in new[] { 1, 3, 3, 4, 4, 5, 1, 3, 1, 3, 4, 5 }.Select((d, i) => (d, i)))
        {
            fixture.Judge($"dd-{i}", $"难度{d}的第{i}条陈述与众不同{i * 7}。", i % 2 == 0, difficulty: d);
        }

        var report = fixture.Lint();

        Assert.Empty(LintFixture.Of(report, BankLintRules.DifficultySpread));
    }

    [Fact]
    public void ElementLevel_ItemMatchingAnElementOfAnotherLevel_Warns()
    {
        var fixture = new LintFixture().WithLevelFour()
            .Single("el-1", "冷冻肉类的解冻方法，较好的是（  ）。", "放入冷藏室缓慢解冻", "热水浸泡", "室温过夜", "开水烫");

        var report = fixture.Lint();

        var warning = Assert.Single(LintFixture.Of(report, BankLintRules.ElementLevel));
        Assert.Contains("cooking4.001", warning.Message);
    }

    [Fact]
    public void Lint_NoLintSection_OneThresholdError()
    {
        var bank = new BankFixture().Load().Bank!;

        var report = BankLinter.Lint(bank);

        Assert.Equal(BankLintRules.Thresholds, Assert.Single(report.Problems).Rule);
    }

    [Fact]
    public void Load_PartialLintSection_MissingFieldNamed()
    {
        var fixture = new BankFixture().Append(BankFixture.Catalogue, "lint:\n  max-key-longest-share: 0.3\n");

        var result = fixture.Load();

        Assert.Contains(result.Errors, p => p.Rule == BankRules.MissingField && p.Message.Contains("'near-duplicate-similarity'", StringComparison.Ordinal));
        Assert.Null(result.Bank!.LintRules);
    }
}
