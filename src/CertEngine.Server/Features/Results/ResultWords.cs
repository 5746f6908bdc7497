using CertEngine.Contracts;

namespace CertEngine.Server.Features.Results;

/// <summary>The words of the results tables (Chinese, English): standings and components.</summary>
public static class ResultWords
{
    /// <summary>A standing in both languages.</summary>
    public static (string Chinese, string English) Of(ResultStanding standing) => standing switch
    {
        ResultStanding.Passed => ("合格", "Passed"),
        ResultStanding.Failed => ("不合格", "Failed"),
        ResultStanding.Void => ("成绩无效", "Void"),
        ResultStanding.Absent => ("缺考", "Absent"),
        _ => ("待出成绩", "Pending"),
    };

    /// <summary>A component, stored as its enum name (<c>Theory</c>) or given as the enum, in both languages.</summary>
    public static (string Chinese, string English) Component(string component) => component switch
    {
        nameof(ExamComponent.Theory) => ("理论知识", "Theory"),
        nameof(ExamComponent.Practical) => ("操作技能", "Practical"),
        nameof(ExamComponent.Review) => ("综合评审", "Review"),
        _ => (component, component),
    };

    /// <summary>The standing of a stored result.</summary>
    public static ResultStanding Standing(bool voided, decimal score, decimal passMark) =>
        voided ? ResultStanding.Void : score >= passMark ? ResultStanding.Passed : ResultStanding.Failed;
}
