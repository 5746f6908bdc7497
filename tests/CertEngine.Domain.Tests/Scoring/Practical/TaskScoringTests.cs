using CertEngine.Domain.Scoring;
using static CertEngine.Domain.Tests.Scoring.Practical.PracticalTaskBuilder;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class TaskScoringTests
{
    private static readonly CertEngine.Domain.QuestionBanks.PracticalTask Task = new PracticalTaskBuilder().Build();

    // A rubric marked in hundredths, to reach the rounding and threshold edges that whole and half points cannot.
    private static readonly CertEngine.Domain.QuestionBanks.PracticalTask CentTask = new PracticalTaskBuilder().WithMarkStep(0.01m).Build();

    private static PracticalPolicy Policy(ScoreAggregation aggregation = ScoreAggregation.Mean, decimal threshold = 15m, int assessors = 3) =>
        new(assessors, aggregation, threshold, VetoEffect.TaskScoresZero);

    [Theory]
    [InlineData(ScoreAggregation.Mean, 71.67)]          // (70 + 72 + 73) / 3 = 71.666… → 71.67
    [InlineData(ScoreAggregation.Median, 72)]
    [InlineData(ScoreAggregation.TrimmedMean, 72)]
    public void Combine_ThreeSheets_AggregatesAndRoundsToTwoDecimals(ScoreAggregation aggregation, double expected)
    {
        var sheets = new[] { Sheet("a", 70m), Sheet("b", 73m), Sheet("c", 72m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy(aggregation));

        Assert.Equal(new TaskOutcome.Scored((decimal)expected, false, false), outcome);
    }

    [Fact]
    public void Combine_MeanAtHalfCent_RoundsAwayFromZero()
    {
        // (60.02 + 60.03) / 2 = 60.025: half away from zero gives 60.03, banker's rounding would give 60.02.
        var sheets = new[] { Sheet("a", 60.02m), Sheet("b", 60.03m) };

        var outcome = TaskScoring.Combine(CentTask, sheets, Policy(assessors: 2));

        Assert.Equal(new TaskOutcome.Scored(60.03m, false, false), outcome);
    }

    [Fact]
    public void Combine_MedianOfFour_AveragesTheMiddleTwo()
    {
        var sheets = new[] { Sheet("a", 50m), Sheet("b", 61m), Sheet("c", 64m), Sheet("d", 60m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy(ScoreAggregation.Median, assessors: 4));

        Assert.Equal(new TaskOutcome.Scored(60.5m, false, false), outcome);
    }

    [Fact]
    public void Combine_TrimmedMeanOfFive_DropsOneHighestAndOneLowest()
    {
        var sheets = new[] { Sheet("a", 10m), Sheet("b", 61m), Sheet("c", 62m), Sheet("d", 66m), Sheet("e", 100m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy(ScoreAggregation.TrimmedMean, threshold: 100m, assessors: 5));

        Assert.Equal(new TaskOutcome.Scored(63m, false, false), outcome);
    }

    [Fact]
    public void Combine_SpreadExactlyAtThreshold_IsScored()
    {
        var sheets = new[] { Sheet("a", 60m), Sheet("b", 75m), Sheet("c", 66m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy(threshold: 15m));

        Assert.Equal(new TaskOutcome.Scored(67m, false, false), outcome);
    }

    [Fact]
    public void Combine_SpreadJustAboveThreshold_NeedsAdjudication()
    {
        var sheets = new[] { Sheet("a", 60m), Sheet("b", 75.01m), Sheet("c", 66m) };

        var outcome = TaskScoring.Combine(CentTask, sheets, Policy(threshold: 15m));

        var held = Assert.IsType<TaskOutcome.NeedsAdjudication>(outcome);
        Assert.Equal(15.01m, held.Spread);
        Assert.Equal([60m, 75.01m, 66m], held.Totals);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Combine_FewerSheetsThanAssessors_Awaits(int sheetsIn)
    {
        var sheets = new[] { Sheet("a", 60m), Sheet("b", 99m) }.Take(sheetsIn).ToList();

        var outcome = TaskScoring.Combine(Task, sheets, Policy());

        Assert.Equal(new TaskOutcome.Awaiting(sheetsIn, 3), outcome);
    }

    [Fact]
    public void Combine_VetoSeenByTwoOfThree_ZeroesTheTask()
    {
        var sheets = new[] { Sheet("a", 80m, 1), Sheet("b", 82m, 1), Sheet("c", 81m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy());

        Assert.Equal(new TaskOutcome.Scored(0m, Vetoed: true, FailsComponent: false), outcome);
    }

    [Fact]
    public void Combine_MajorityVetoWithComponentFailsEffect_MarksTheComponentFailed()
    {
        var sheets = new[] { Sheet("a", 80m, 0), Sheet("b", 82m, 0), Sheet("c", 81m, 0) };
        var policy = Policy() with { VetoEffect = VetoEffect.ComponentFails };

        var outcome = TaskScoring.Combine(Task, sheets, policy);

        Assert.Equal(new TaskOutcome.Scored(0m, Vetoed: true, FailsComponent: true), outcome);
    }

    [Fact]
    public void Combine_VetoSeenByOneOfThree_NeedsAdjudication()
    {
        var sheets = new[] { Sheet("a", 80m, 1), Sheet("b", 82m), Sheet("c", 81m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy());

        Assert.Equal(2m, Assert.IsType<TaskOutcome.NeedsAdjudication>(outcome).Spread);
    }

    [Fact]
    public void Combine_DifferentVetoesSeenByTwoOfThree_NeedsAdjudication()
    {
        var sheets = new[] { Sheet("a", 80m, 0), Sheet("b", 82m, 1), Sheet("c", 81m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy());

        Assert.IsType<TaskOutcome.NeedsAdjudication>(outcome);
    }

    [Fact]
    public void Combine_VetoSeenByExactlyHalf_NeedsAdjudication()
    {
        var sheets = new[] { Sheet("a", 80m, 0), Sheet("b", 82m, 0), Sheet("c", 81m), Sheet("d", 81m) };

        var outcome = TaskScoring.Combine(Task, sheets, Policy(assessors: 4));

        Assert.IsType<TaskOutcome.NeedsAdjudication>(outcome);
    }

    [Fact]
    public void Combine_InvalidSheet_Throws()
    {
        var sheets = new[] { Sheet("a", 80m), Sheet("b", 82m), Sheet("c", 81m, 7) };

        Assert.Throws<ArgumentException>(() => TaskScoring.Combine(Task, sheets, Policy()));
    }

    [Fact]
    public void Combine_TwoSheetsOfOneAssessor_Throws()
    {
        var sheets = new[] { Sheet("a", 80m), Sheet("a", 82m), Sheet("c", 81m) };

        Assert.Throws<ArgumentException>(() => TaskScoring.Combine(Task, sheets, Policy()));
    }

    [Fact]
    public void Combine_TrimmedMeanOfTwo_Throws()
    {
        var sheets = new[] { Sheet("a", 80m), Sheet("b", 82m) };

        Assert.Throws<ArgumentException>(() => TaskScoring.Combine(Task, sheets, Policy(ScoreAggregation.TrimmedMean, assessors: 2)));
    }

    [Fact]
    public void Adjudicate_ChiefScoreAndReason_AreRecorded()
    {
        var sheets = new[] { Sheet("a", 50m), Sheet("b", 82m), Sheet("c", 81m) };

        var outcome = TaskScoring.Adjudicate(Task, sheets, 78.125m, "  复看录像，a 漏看了收尾步骤 ");

        Assert.Equal(new TaskOutcome.Adjudicated(78.13m, "复看录像，a 漏看了收尾步骤"), outcome);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Adjudicate_ScoreOutsideTheTask_Throws(double score)
    {
        var sheets = new[] { Sheet("a", 50m) };

        Assert.Throws<ArgumentOutOfRangeException>(() => TaskScoring.Adjudicate(Task, sheets, (decimal)score, "理由"));
    }

    [Fact]
    public void Adjudicate_BlankReason_Throws()
    {
        var sheets = new[] { Sheet("a", 50m) };

        Assert.Throws<ArgumentException>(() => TaskScoring.Adjudicate(Task, sheets, 60m, " "));
    }
}
