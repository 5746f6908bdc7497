using CertEngine.Domain.Practical;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Scoring;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// The 综合评审 material (review.yaml): read, validated, written into a published version and read back with the same
/// hash, drawn per seat, and turned into the panel's task with criteria and the seat's questions.
/// </summary>
public sealed class ReviewMaterialTests
{
    private const string Review = "bank/review.yaml";

    private const string Material = """
        review:
          - level: 5
            minutes: 20
            summary:
              kinds: [技术总结, 典型案例分析]
              min-chars: 3000
              requirements:
                - 写明服务对象、问题、措施与效果
                - 不得抄袭他人成果
            criteria:
              - { id: summary, name: 技术总结内容, points: 40, guide: 问题真实、措施得当、效果可查为满分 }
              - { id: defence, name: 答辩, points: 60, guide: 每题要点答全为满分，缺一个要点扣 5 分 }
            questions:
              draw: 2
              pool:
                - { id: rv-001, element: cooking.001, text: 如何为一户三代同堂的家庭安排一周主食？, points: [兼顾老人与儿童, 粗细搭配] }
                - { id: rv-002, element: cooking.001, text: 主食制作中如何控制成本？, points: [按人数定量, 季节采购] }
                - { id: rv-003, element: cooking.002, text: 如何培训新员工掌握家常菜火候？, points: [示范, 纠错, 考核] }
                - { id: rv-004, element: basic.001, text: 服务中发现雇主违规要求时怎么办？, points: [依约拒绝, 报告机构] }
        """;

    private static BankFixture WithReview(string? material = null) => new BankFixture()
        .Replace(BankFixture.Occupation, "practical: { minutes: 60, pass-mark: 60 } }",
            "practical: { minutes: 60, pass-mark: 60 }, review: { minutes: 20, pass-mark: 60 } }")
        .WithFile(Review, material ?? Material);

    [Fact]
    public void Load_ValidMaterial_GivesTheLevelsCriteriaSummaryAndPool()
    {
        var result = WithReview().Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        var review = Assert.IsType<ReviewMaterial>(result.Bank!.ReviewFor(5));
        Assert.Null(result.Bank.ReviewFor(4));
        Assert.Equal((20, 2, 3000), (review.Minutes, review.Draw, review.Summary.MinChars));
        Assert.Equal(["summary", "defence"], review.Criteria.Select(c => c.Id));
        Assert.Equal(100m, review.Criteria.Sum(c => c.Points));
        Assert.Equal(["rv-001", "rv-002", "rv-003", "rv-004"], review.Questions.Select(q => q.Id));
        Assert.Equal(["兼顾老人与儿童", "粗细搭配"], review.Questions[0].Points);
        Assert.Equal(1, review.Questions[0].Version);
    }

    [Theory]
    [InlineData("points: 40, guide", "points: 30, guide", BankRules.RubricPoints, "review 5")]
    [InlineData("element: basic.001", "element: no.such", BankRules.UnknownElement, "rv-004")]
    [InlineData("id: rv-004", "id: rv-001", BankRules.DuplicateId, "rv-001")]
    [InlineData("draw: 2", "draw: 4", BankRules.PoolShortfall, "4 elements")]
    [InlineData("level: 5", "level: 4", BankRules.Review, "no review component at level 4")]
    [InlineData("min-chars: 3000", "min-chars: many", BankRules.BadValue, "min-chars")]
    [InlineData("        - 不得抄袭他人成果\n", "", BankRules.MissingField, "")]
    public void Load_DamagedMaterial_NamesTheRuleAndPublishesNothing(string old, string replacement, string rule, string words)
    {
        var damaged = WithReview();
        if (rule == BankRules.MissingField)
        {
            damaged.WithFile(Review, Material[..Material.IndexOf("    summary:", StringComparison.Ordinal)]
                + Material[Material.IndexOf("    criteria:", StringComparison.Ordinal)..]);
        }
        else
        {
            damaged.Replace(Review, old, replacement);
        }

        var result = damaged.Load();

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Rule == rule);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
        Assert.Equal(Review, problem.Location.File);
    }

    [Fact]
    public void Load_ReviewForAPracticalOnlyLevel_IsRefused_AndABankWithoutReviewLoadsAsBefore()
    {
        var refused = new BankFixture().WithFile(Review, Material).Load();
        var without = new BankFixture().Load();

        Assert.Contains(refused.Problems, p => p.Rule == BankRules.Review);
        Assert.True(without.IsValid, string.Join('\n', without.Problems));
        Assert.Empty(without.Bank!.Reviews);
    }

    [Fact]
    public void PublishedVersion_CarriesTheMaterial_WithTheSameHash_AndWithoutMaterialWritesNoReviewSection()
    {
        var bank = WithReview().Load().Bank!;
        var plain = new BankFixture().Load().Bank!;

        var written = BankYamlWriter.Write(bank, "test");
        var reread = BankLoader.Load([new BankFile("catalogue.yaml", new BankFixture().Files[BankFixture.Catalogue])],
            [new BankFile("bank/bank.yaml", written)], _ => null);

        Assert.True(reread.IsValid, string.Join('\n', reread.Problems));
        Assert.Equal(bank.ReviewFor(5), reread.Bank!.ReviewFor(5), new ReviewComparer());
        Assert.Equal(ContentHash.OfBlueprints(bank), ContentHash.OfBlueprints(reread.Bank));
        Assert.NotEqual(ContentHash.OfBlueprints(plain), ContentHash.OfBlueprints(bank));
        Assert.DoesNotContain("review:", BankYamlWriter.Write(plain, "test"), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool Draw_GivesEachSeatTheDrawFromDistinctElements_TheSameEveryTime(ulong seed, ushort seat)
    {
        var review = WithReview().Load().Bank!.ReviewFor(5)!;

        var asked = ReviewPanelScoring.Draw(review, seed, seat);

        return asked.Count == review.Draw
            && asked.Select(q => q.ElementId).Distinct().Count() == asked.Count
            && asked.SequenceEqual(ReviewPanelScoring.Draw(review, seed, seat));
    }

    [Fact]
    public void Draw_OverARoom_UsesEveryElementAndQuestion()
    {
        var review = WithReview().Load().Bank!.ReviewFor(5)!;

        var asked = Enumerable.Range(0, 12).SelectMany(seat => ReviewPanelScoring.Draw(review, 42UL, seat)).ToList();

        Assert.Equal(review.Questions.Select(q => q.Id).Order(), asked.Select(q => q.Id).Distinct().Order());
    }

    [Fact]
    public void PanelTask_WithMaterial_HasItsCriteriaAndTheSeatsQuestions_WithoutIsTheSingleTotal()
    {
        var bank = WithReview().Load().Bank!;
        var asked = PracticalAttempt.ReviewQuestions(ComponentKind.Review, bank, 5, 7UL, 3);

        var task = Assert.Single(PracticalAttempt.Draw(ComponentKind.Review, bank, null, 7UL, 3, 5)!);
        var found = PracticalAttempt.FindTask(bank, ReviewPanelScoring.TaskId, 5, asked)!;
        var legacy = PracticalAttempt.FindTask(bank, ReviewPanelScoring.TaskId, 5, []);

        Assert.Equal(2, asked.Count);
        Assert.Equal(["summary", "defence"], task.Criteria.Select(c => c.Id));
        Assert.Equal((100m, 20), (task.Points, task.Minutes));
        Assert.All(asked, id => Assert.Contains(id, task.Instructions, StringComparison.Ordinal));
        Assert.Contains("不得抄袭他人成果", task.Instructions, StringComparison.Ordinal);
        Assert.Equal(task.Instructions, found.Instructions);
        Assert.Same(ReviewPanelScoring.Task, legacy);
        Assert.Empty(PracticalAttempt.ReviewQuestions(ComponentKind.Practical, bank, 5, 7UL, 3));
    }

    [Fact]
    public void PanelSheet_WithMaterial_IsScoredByCriterion_NotAsASingleTotal()
    {
        var bank = WithReview().Load().Bank!;
        var task = Assert.Single(PracticalAttempt.Draw(ComponentKind.Review, bank, null, 7UL, 0, 5)!);

        var byCriterion = TaskScoring.Validate(task, new AssessorSheet("p1", new Dictionary<string, decimal> { ["summary"] = 35, ["defence"] = 50 }, [], null));
        var single = TaskScoring.Validate(task, AssessorSheet.SingleTotal("p1", 85));

        Assert.Empty(byCriterion);
        Assert.NotEmpty(single);
    }

    private sealed class ReviewComparer : IEqualityComparer<ReviewMaterial?>
    {
        public bool Equals(ReviewMaterial? x, ReviewMaterial? y) =>
            x is not null && y is not null && x.Level == y.Level && x.Minutes == y.Minutes && x.Draw == y.Draw
            && x.Summary.Kinds.SequenceEqual(y.Summary.Kinds) && x.Summary.MinChars == y.Summary.MinChars
            && x.Summary.Requirements.SequenceEqual(y.Summary.Requirements) && x.Criteria.SequenceEqual(y.Criteria)
            && x.Questions.Select(q => (q.Id, q.Version, q.ElementId, q.Text, string.Join('|', q.Points)))
                .SequenceEqual(y.Questions.Select(q => (q.Id, q.Version, q.ElementId, q.Text, string.Join('|', q.Points))));

        public int GetHashCode(ReviewMaterial? obj) => obj?.Level ?? 0;
    }
}
