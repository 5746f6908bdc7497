namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// A 专项职业能力考核规范 (RULES.md §1): a single-skill assessment with no level, defined by a provincial or local
/// specification. Its 工作任务 table gives each task's 考核比重, which is the bank's skill weight (and theory weight,
/// when the 规范 has a 理论 component) of the task's syllabus node.
/// </summary>
/// <param name="CodeUnconfirmed">True when the occupation's code is not an official 考核规范 code confirmed from its text.</param>
/// <param name="Issuer">Who issued the 规范 (发布单位), when known.</param>
/// <param name="Definition">定义: what the ability is.</param>
/// <param name="Audience">适用对象: who may be assessed.</param>
/// <param name="WorkTasks">The 工作任务 table in written order; its percents sum to 100.</param>
/// <param name="Requirements">鉴定要求 as written (考核方式, 考评人员 …), when given.</param>
public sealed record SpecialtyStandard(
    bool CodeUnconfirmed,
    string? Issuer,
    string Definition,
    string Audience,
    IReadOnlyList<SpecialtyWorkTask> WorkTasks,
    string? Requirements,
    SourceLocation Location);
