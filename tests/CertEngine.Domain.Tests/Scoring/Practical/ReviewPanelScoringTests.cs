using CertEngine.Domain.Practical;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class ReviewPanelScoringTests
{
    private static readonly PracticalPolicy Panel = new(3, ScoreAggregation.Mean, 20m, VetoEffect.TaskScoresZero);

    [Fact]
    public void Combine_ThreePanelTotals_AreAveraged()
    {
        var sheets = new[] { AssessorSheet.SingleTotal("p1", 70m), AssessorSheet.SingleTotal("p2", 75m), AssessorSheet.SingleTotal("p3", 81m) };

        var outcome = ReviewPanelScoring.Combine(sheets, Panel);

        Assert.Equal(new TaskOutcome.Scored(75.33m, false, false), outcome);
    }

    [Fact]
    public void Validate_PanelTotalOverOneHundred_IsRejected()
    {
        var problems = TaskScoring.Validate(ReviewPanelScoring.Task, AssessorSheet.SingleTotal("p1", 101m));

        Assert.Equal([(PracticalRefusal.CriterionOutOfRange, "total|101|100")], problems.Select(TaskScoringValidateTests.Problem));
    }

    [Fact]
    public void Validate_PanelSheetWithItemScores_IsRejected()
    {
        var sheet = new AssessorSheet("p1", new Dictionary<string, decimal> { ["c1"] = 50m }, [], null);

        var problems = TaskScoring.Validate(ReviewPanelScoring.Task, sheet);

        Assert.Equal([(PracticalRefusal.SheetSingleTotalOnly, "total")], problems.Select(TaskScoringValidateTests.Problem));
    }
}
