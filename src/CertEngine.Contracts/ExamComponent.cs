namespace CertEngine.Contracts;

/// <summary>The parts of a level's assessment (RULES.md §2).</summary>
public enum ExamComponent
{
    /// <summary>理论知识考试.</summary>
    Theory,

    /// <summary>操作技能考核.</summary>
    Practical,

    /// <summary>综合评审 (levels 2 and 1).</summary>
    Review,
}
