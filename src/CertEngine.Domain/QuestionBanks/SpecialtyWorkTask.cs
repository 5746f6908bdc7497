namespace CertEngine.Domain.QuestionBanks;

/// <summary>One row of a 专项职业能力考核规范's table: 工作任务 | 操作规范 | 相关知识 | 考核比重.</summary>
/// <param name="NodeId">The syllabus node that stands for the 工作任务; its name is the task's name.</param>
/// <param name="Percent">考核比重 in percent (0–100 inclusive); the rows sum to 100.</param>
/// <param name="Operations">操作规范: what the candidate can do, one line each.</param>
/// <param name="Knowledge">相关知识: what the candidate knows, one line each.</param>
public sealed record SpecialtyWorkTask(
    string NodeId,
    decimal Percent,
    IReadOnlyList<string> Operations,
    IReadOnlyList<string> Knowledge,
    SourceLocation Location);
