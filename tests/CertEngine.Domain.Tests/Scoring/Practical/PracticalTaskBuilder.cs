using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tests.Scoring.Practical;

/// <summary>A practical task with a three-line rubric (40 + 30 + 30) and two veto items, unless told otherwise.</summary>
internal sealed class PracticalTaskBuilder
{
    private readonly List<RubricCriterion> _criteria =
    [
        new("c1", "准备工作", 40m, ""),
        new("c2", "操作", 30m, ""),
        new("c3", "收尾", 30m, ""),
    ];

    private string _id = "t1";
    private string _nodeId = "cooking";
    private decimal _markStep = PracticalTask.HalfPoints;

    public PracticalTaskBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public PracticalTaskBuilder UnderNode(string nodeId)
    {
        _nodeId = nodeId;
        return this;
    }

    /// <summary>The unit marks come in: 0.5 by default, 1 for whole points, 0.01 for tests of rounding.</summary>
    public PracticalTaskBuilder WithMarkStep(decimal step)
    {
        _markStep = step;
        return this;
    }

    public PracticalTask Build() => new(
        _id, 1, _nodeId, "测试操作题", 20, _criteria.Sum(c => c.Points), [], "", _criteria,
        ["发生安全事故", "未关闭燃气"], new SourceLocation("test.yaml", 1))
    {
        MarkStep = _markStep,
    };

    /// <summary>A valid sheet awarding the given total, split over c1..c3 in order (each filled to its maximum first).</summary>
    public static AssessorSheet Sheet(string assessor, decimal total, params int[] vetoes)
    {
        var c1 = Math.Min(total, 40m);
        var c2 = Math.Min(total - c1, 30m);
        var c3 = total - c1 - c2;
        return new AssessorSheet(assessor, new Dictionary<string, decimal> { ["c1"] = c1, ["c2"] = c2, ["c3"] = c3 }, vetoes, null);
    }
}
