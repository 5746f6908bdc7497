using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.Scoring.Practical;

public sealed class TaskScoringValidateTests
{
    private static readonly CertEngine.Domain.QuestionBanks.PracticalTask Task = new PracticalTaskBuilder().Build();

    private static AssessorSheet Sheet(IReadOnlyDictionary<string, decimal> awarded, params int[] vetoes) =>
        new("a", awarded, vetoes, null);

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

        Assert.Equal(["评分项 'c1' 得分 40.5 超出 0–40 (criterion 'c1' awarded 40.5, allowed 0 to 40)"], problems);
    }

    [Fact]
    public void Validate_NegativeAward_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = -1m, ["c3"] = 30m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal(["评分项 'c2' 得分 -1 超出 0–30 (criterion 'c2' awarded -1, allowed 0 to 30)"], problems);
    }

    [Fact]
    public void Validate_MissingCriterion_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c3"] = 30m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal(["评分项 'c2'（操作）未评分 (criterion 'c2' is not scored)"], problems);
    }

    [Fact]
    public void Validate_UnknownCriterion_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m, ["c9"] = 0m });

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal(["评分项 'c9' 不在本题评分表中 (unknown criterion 'c9')"], problems);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Validate_VetoIndexOutOfRange_IsRejected(int veto)
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, veto);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal([$"否决项序号 {veto} 不存在，本题只有 2 项 (veto index {veto} is out of range: the task has 2)"], problems);
    }

    [Fact]
    public void Validate_RepeatedVetoIndex_IsRejected()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, 1, 1);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal(["否决项序号 1 重复 (veto index 1 given twice)"], problems);
    }

    [Fact]
    public void Validate_BlankAssessor_IsRejected()
    {
        var sheet = new AssessorSheet(" ", new Dictionary<string, decimal> { ["c1"] = 10m, ["c2"] = 10m, ["c3"] = 30m }, [], null);

        var problems = TaskScoring.Validate(Task, sheet);

        Assert.Equal(["评分表缺少考评员 (the sheet names no assessor)"], problems);
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

        Assert.Equal(["评分项 'c1' 得分 2.3 须为 0.5 分的整数倍 (criterion 'c1' awarded 2.3: marks are multiples of 0.5 points)"], problems);
    }

    [Fact]
    public void Validate_HalfPointOnAWholePointRubric_IsRefused()
    {
        var wholeOnly = new PracticalTaskBuilder().WithMarkStep(1m).Build();
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 2.5m, ["c2"] = 30m, ["c3"] = 0m });

        var problems = TaskScoring.Validate(wholeOnly, sheet);

        Assert.Equal(["评分项 'c1' 得分 2.5 须为整数分 (criterion 'c1' awarded 2.5: whole points only)"], problems);
    }

    [Fact]
    public void Total_SumsTheAwards()
    {
        var sheet = Sheet(new Dictionary<string, decimal> { ["c1"] = 10.5m, ["c2"] = 10m, ["c3"] = 30.25m });

        Assert.Equal(50.75m, sheet.Total);
    }
}
