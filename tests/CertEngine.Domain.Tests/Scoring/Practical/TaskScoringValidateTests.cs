using CertEngine.Domain.Practical;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class TaskScoringValidateTests
{
    private static readonly CertEngine.Domain.QuestionBanks.PracticalTask Task = new PracticalTaskBuilder().Build();

    private static AssessorSheet Sheet(IReadOnlyDictionary<string, decimal> awarded, params int[] vetoes) =>
        new("a", awarded, vetoes, null);

    /// <summary>A problem as its reason and its args (invariant text), joined by <c>|</c>.</summary>
    internal static (PracticalRefusal Reason, string Args) Problem(Refused<PracticalRefusal> problem) => (problem.Reason, string.Join("|", problem.Args));

    [Fact]
    public void Validate_FullMarksAndBothVetoes_IsValid()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 40m, ["c2"] = 30m, ["c3"] = 0m }, 0, 1);

        Assert.Empty(TaskScoring.Validate(Task, sheet));
    }

    [Fact]
    public void Validate_AwardOverTheCriterionMaximum_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 40.5m, ["c2"] = 30m, ["c3"] = 30m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.CriterionOutOfRange, "c1|40.5|40")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_NegativeAward_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = -1m, ["c3"] = 30m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.CriterionOutOfRange, "c2|-1|30")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_MissingCriterion_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c3"] = 30m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.CriterionNotScored, "c2|操作")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_UnknownCriterion_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m, ["c9"] = 0m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.CriterionUnknown, "c9")], problems.Select(Problem));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Validate_VetoIndexOutOfRange_IsRejected(int veto)
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, veto);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.VetoOutOfRange, $"{veto}|2")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_RepeatedVetoIndex_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, 1, 1);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.VetoRepeated, "1")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_BlankAssessor_IsRejected()
    {
        var sheet = new AssessorSheet(" ", new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, [], null);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.SheetNamesNoAssessor, "")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_HalfPointOnAHalfPointRubric_IsAccepted()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 2.5m, ["c2"] = 30m, ["c3"] = 0m });

        Assert.Equal(PracticalTask.HalfPoints, Task.MarkStep);
        Assert.Empty(TaskScoring.Validate(Task, sheet));
    }

    [Fact]
    public void Validate_MarkBetweenHalfPoints_IsRefused()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 2.3m, ["c2"] = 30m, ["c3"] = 0m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([(PracticalRefusal.CriterionOffStep, "c1|2.3|0.5")], problems.Select(Problem));
    }

    [Fact]
    public void Validate_HalfPointOnAWholePointRubric_IsRefused()
    {
        var wholeOnly = new PracticalTaskBuilder().WithMarkStep(1m).Build();
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 2.5m, ["c2"] = 30m, ["c3"] = 0m });

        var problems = TaskScoring.Validate(wholeOnly, sheet);

        Assert.Equal([(PracticalRefusal.CriterionWholePointsOnly, "c1|2.5")], problems.Select(Problem));
    }

    [Fact]
    public void Total_SumsTheAwards()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10.5m, ["c2"] = 10m, ["c3"] = 30.25m });

        Assert.Equal(50.75m, sheet.Total);
    }
}
