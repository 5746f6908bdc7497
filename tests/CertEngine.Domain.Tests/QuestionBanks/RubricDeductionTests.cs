using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// The deduction rule of issue 17 (rule <c>rubric-deductions</c>): a criterion's written deductions can take all its points,
/// no single deduction exceeds them, and deductions that can add up to more say 扣完为止. Also the task's <c>reset</c> note and
/// the practical blueprint's <c>changeover</c>.
/// </summary>
public sealed class RubricDeductionTests
{
    private const string FirstCriterion = "{ id: c1, name: 准备, points: 40, standard: 每缺一项扣 5 分，扣完为止 }";

    private static BankFixture WithFirstCriterion(decimal points, string standard) =>
        new BankFixture()
            .Replace(BankFixture.Tasks, FirstCriterion, $"{{ id: c1, name: 准备, points: {points}, standard: {standard} }}")
            .Replace(BankFixture.Tasks, "points: 60, standard", $"points: {100 - points}, standard");

    private static List<BankProblem> DeductionErrors(BankFixture fixture) =>
        fixture.Load().Errors.Where(p => p.Rule == BankRules.RubricDeductions).ToList();

    [Fact]
    public void Validate_FixtureRubric_HasNoDeductionProblem()
    {
        Assert.Empty(DeductionErrors(new BankFixture()));
    }

    [Fact]
    public void Validate_DeductionsThatCannotReachThePoints_AreAnErrorAtTheCriterionsLine()
    {
        // The review's case: 13 points of deductions under a 15-point criterion, so a candidate who does everything
        // wrong still keeps 2 points.
        var fixture = WithFirstCriterion(15, "原料未清洗扣 5 分，西红柿块大小明显不均扣 3 分，蛋液中混入蛋壳扣 3 分，去蒂不净扣 2 分，扣完为止");

        var problem = Assert.Single(DeductionErrors(fixture));

        Assert.Equal(fixture.LineOf(BankFixture.Tasks, "id: c1"), problem.Location.Line);
        Assert.Equal(BankFixture.Tasks, problem.Location.File);
        Assert.Contains("t-cooking-1 c1", problem.Message);
        Assert.Contains("最多 13 分", problem.Message);
        Assert.Contains("15", problem.Message);
    }

    [Fact]
    public void Validate_SingleDeductionAboveThePoints_IsAnError()
    {
        var fixture = WithFirstCriterion(10, "未洗手扣 15 分，扣完为止");

        var problem = Assert.Single(DeductionErrors(fixture));

        Assert.Contains("扣 15 分，超过配分 10 分", problem.Message);
    }

    [Theory]
    [InlineData("每缺一项扣 5 分")]                             // repeats per occurrence
    [InlineData("未洗手扣 30 分，未戴帽扣 20 分")]               // 50 > 40
    public void Validate_DeductionsThatCanExceedThePointsWithoutACap_AreAnError(string standard)
    {
        var fixture = WithFirstCriterion(40, standard);

        var problem = Assert.Single(DeductionErrors(fixture));

        Assert.Contains("扣完为止", problem.Message);
    }

    [Theory]
    [InlineData(20, false)]   // 上浆不匀、肉丝粘连结团、火候不当每项扣 5 分: at most 15
    [InlineData(15, true)]
    public void Validate_EachOfAListedSet_IsBoundedByTheList(decimal points, bool valid)
    {
        var fixture = WithFirstCriterion(points, "上浆不匀、肉丝粘连结团、火候不当每项扣 5 分，扣完为止");

        Assert.Equal(valid, DeductionErrors(fixture).Count == 0);
    }

    [Fact]
    public void Validate_EachOfAListBeforeACommaIsBoundedToo()
    {
        // 母婴 my-pp-1 c3 (version 1): three faults × 5 under 20 points.
        var fixture = WithFirstCriterion(20, "头颈扭转、身体远离母亲或仅托住头部，每项扣 5 分，扣完为止");

        var problem = Assert.Single(DeductionErrors(fixture));

        Assert.Contains("最多 15 分", problem.Message);
    }

    [Fact]
    public void Validate_EveryDayInTheWordsOfACondition_IsNotAPerOccurrenceDeduction()
    {
        // "每天" describes what was not said; the deduction applies once, so 4 + 4 = 8 cannot need 扣完为止 under 10 …
        Assert.Empty(DeductionErrors(WithFirstCriterion(8, "未说明每天定时通风扣 4 分，开窗时婴儿处在风口扣 4 分")));

        // … and cannot reach 10 either.
        Assert.Contains("最多 8 分", Assert.Single(DeductionErrors(WithFirstCriterion(10, "未说明每天定时通风扣 4 分，开窗时婴儿处在风口扣 4 分"))).Message);
    }

    [Theory]
    [InlineData(20, true)]    // 各 over two things: 2 × 5 + 10 = 20
    [InlineData(25, false)]
    public void Validate_GeDeduction_CountsOncePerListedThing(decimal points, bool valid)
    {
        var fixture = WithFirstCriterion(points, "未戴帽或未系围裙各扣 5 分；未洗手扣 10 分");

        Assert.Equal(valid, DeductionErrors(fixture).Count == 0);
    }

    [Theory]
    [InlineData("按规范操作，动作轻柔")]
    [InlineData("操作规范得满分")]
    public void Validate_StandardWithoutAnyDeduction_IsAnError(string standard)
    {
        var fixture = WithFirstCriterion(10, standard);

        var problem = Assert.Single(DeductionErrors(fixture));

        Assert.Contains("没有写扣分", problem.Message);
    }

    [Theory]
    [InlineData("未拍嗝不得分；手法不当扣 5 分")]
    [InlineData("方法错误扣 4～10 分")]                         // a range counts at its larger end
    [InlineData("每遗漏一处扣 3 分，扣完为止")]
    [InlineData("判断错误扣 10 分")]
    public void Validate_DeductionsThatReachThePointsWithoutExceedingThem_AreClean(string standard)
    {
        Assert.Empty(DeductionErrors(WithFirstCriterion(10, standard)));
    }

    [Fact]
    public void Validate_WorkbookCriterion_IsNamedByItsCell()
    {
        var task = new PracticalTask("xl-t1", 1, "cooking", "蒸米饭", 30, 100m, ["电饭煲"], "蒸米饭。",
            [
                new RubricCriterion("c1", "淘米", 40m, "淘洗不净扣 10 分") { Location = new SourceLocation("新增.xlsx", 3, "操作技能!N3") },
                new RubricCriterion("c2", "加水", 60m, "每次水量不当扣 20 分，扣完为止"),
            ], [], new SourceLocation("新增.xlsx", 2, "操作技能!A2"));

        var fixture = new BankFixture();
        var result = BankLoader.Load(
            [new BankFile(BankFixture.Catalogue, fixture.Files[BankFixture.Catalogue])],
            fixture.Files.Where(f => f.Key != BankFixture.Catalogue).Select(f => new BankFile(f.Key, f.Value)),
            _ => null, extraTasks: [task]);

        var problem = Assert.Single(result.Errors, p => p.Rule == BankRules.RubricDeductions);
        Assert.Equal("新增.xlsx:操作技能!N3", problem.Location.ToString());
    }

    [Fact]
    public void ShippedVersionOne_BreaksTheRuleButStaysValidWhilePublishedAndTheSourceKeepsIt()
    {
        var root = Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks");
        foreach (var code in new[] { "4-10-01-06", "ZX-MYHL" })
        {
            var version = Path.Combine(root, code, "versions", "1");
            var bankFile = Path.Combine(version, BankManifest.BankFileName);

            // Read as a plain bank, the frozen text shows the rubric faults the review found …
            var asSource = BankLoader.Load([], [new BankFile(bankFile, File.ReadAllText(bankFile))], _ => null);
            var faults = asSource.Errors.Where(p => p.Rule == BankRules.RubricDeductions).ToList();
            Assert.NotEmpty(faults);

            // … but the version, frozen before the rule, stays valid for the attempts that used it,
            var published = BankVersions.LoadPublished(version);
            Assert.True(published.IsValid, string.Join('\n', published.Problems));
            Assert.DoesNotContain(published.Problems, p => p.Rule == BankRules.RubricDeductions);

            // … and the source that follows it keeps the rule.
            var source = BankLoader.LoadDirectory(Path.Combine(root, code));
            Assert.DoesNotContain(source.Problems, p => p.Rule == BankRules.RubricDeductions);
        }
    }

    [Fact]
    public void ReadTask_Reset_RoundTripsAndIsHashedOnlyWhenWritten()
    {
        const string text = """
            tasks:
              - id: t1
                version: 1
                element: cooking
                title: 做一道菜
                minutes: 20
                points: 10
                instructions: 做菜
                criteria:
                  - { id: c1, name: 操作, points: 10, standard: 每错一步扣 2 分，扣完为止 }
                reset: 换上未用过的原料，锅具洗净擦干放回原位。
            """;
        var problems = new List<BankProblem>();
        var draft = new BankDraft();
        new BankReader(draft, problems).Read(new BankFile("t.yaml", text));
        var task = Assert.Single(draft.Tasks);

        var again = new BankDraft();
        new BankReader(again, problems).Read(new BankFile("t2.yaml", BankYamlWriter.WriteTasks([task], "x")));

        Assert.Empty(problems);
        Assert.Equal("换上未用过的原料，锅具洗净擦干放回原位。", task.Reset);
        Assert.Equal(task.Reset, Assert.Single(again.Tasks).Reset);
        Assert.Equal(ContentHash.Of(task), ContentHash.Of(again.Tasks[0]));
        Assert.NotEqual(ContentHash.Of(task), ContentHash.Of(task with { Reset = null }));
        Assert.Equal("~ task t1: v1 → v1: reset", BankDiff.Compare(Bank([task with { Reset = null }]), Bank([task])).Single().ToString());
    }

    [Fact]
    public void ReadTask_EmptyReset_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Tasks, "vetoes: [发生烫伤]", "vetoes: [发生烫伤]\n    reset: \"\"");

        var problem = Assert.Single(fixture.Load().Errors);

        Assert.Equal(BankRules.EmptyText, problem.Rule);
    }

    [Fact]
    public void Criteria_WrittenOnOtherLines_AreEqual()
    {
        var a = new RubricCriterion("c1", "准备", 10m, "每处扣 2 分，扣完为止") { Location = new SourceLocation("a.yaml", 3) };
        var b = a with { Location = new SourceLocation("b.yaml", 30) };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Points = 12m });
    }

    [Theory]
    [InlineData(null, true)]   // 30 + 30 = 60 minutes of tasks in 60
    [InlineData(5, false)]     // plus one 5-minute changeover: 65
    [InlineData(0, true)]
    public void Validate_PracticalDraw_CountsTheChangeoverBetweenTasks(int? changeover, bool valid)
    {
        var fixture = new BankFixture()
            .Append(BankFixture.Tasks, """
                  - id: t-cooking-2
                    version: 1
                    element: cooking
                    title: 制作一道汤
                    minutes: 30
                    points: 100
                    materials: [汤锅]
                    instructions: 在 30 分钟内完成。
                    criteria:
                      - { id: c1, name: 操作, points: 100, standard: 每错一步扣 10 分，扣完为止 }
                    vetoes: [发生烫伤]
                """)
            .Replace(BankFixture.Blueprints, "tasks: { cooking: 1 }",
                "tasks: { cooking: 2 }" + (changeover is { } c ? $"\n    changeover: {c}" : ""));

        var errors = fixture.Load().Errors.Where(p => p.Rule == BankRules.Blueprint).ToList();

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.Contains("5 分钟换场", Assert.Single(errors).Message);
        }
    }

    [Fact]
    public void Read_ChangeoverOnATheoryBlueprint_IsRefused()
    {
        var fixture = new BankFixture().Replace(BankFixture.Blueprints, "mode: theory\n    minutes: 90", "mode: theory\n    minutes: 90\n    changeover: 5");

        var problem = Assert.Single(fixture.Load().Errors);

        Assert.Equal(BankRules.BadValue, problem.Rule);
    }

    [Fact]
    public void Changeover_IsHashedOnlyWhenWritten()
    {
        var bank = new BankFixture().Load().Bank!;
        var withChangeover = Bank(bank.Tasks, [.. bank.Blueprints.Select(b => b.Mode == BlueprintMode.Practical ? b with { Changeover = 5 } : b)]);

        Assert.NotEqual(ContentHash.OfBlueprints(bank), ContentHash.OfBlueprints(withChangeover));
        Assert.Equal(ContentHash.OfBlueprints(bank), ContentHash.OfBlueprints(Bank(bank.Tasks, [.. bank.Blueprints.Select(b => b with { Changeover = 0 })])));
    }

    private static Bank Bank(IReadOnlyList<PracticalTask> tasks, IReadOnlyList<Blueprint>? blueprints = null)
    {
        var fixture = new BankFixture().Load().Bank!;
        return new Bank(fixture.LevelCatalogue, fixture.Rules, fixture.Occupation, fixture.Nodes, fixture.Elements,
            fixture.Weights, fixture.Items, tasks, blueprints ?? fixture.Blueprints);
    }
}
