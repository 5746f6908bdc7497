namespace CertEngine.Domain.QuestionBanks;

/// <summary>Which weight table (比重表) a weight belongs to.</summary>
public enum WeightTable
{
    /// <summary>理论知识权重表.</summary>
    Theory,

    /// <summary>技能要求权重表.</summary>
    Skill,
}

/// <summary>
/// One weight of a 比重表: a node's percentage at one level, in the level's table (<paramref name="WorkType"/> null) or
/// in a table of its own for one 工种 of the level (written under the key <c>5/母婴护理员</c>), which then replaces the
/// level's table for that 工种.
/// </summary>
public sealed record WeightEntry(WeightTable Table, int Level, string NodeId, decimal Percent, SourceLocation Location, string? WorkType = null);
