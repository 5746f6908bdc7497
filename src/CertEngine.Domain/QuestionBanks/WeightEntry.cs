namespace CertEngine.Domain.QuestionBanks;

/// <summary>Which weight table (比重表) a weight belongs to.</summary>
public enum WeightTable
{
    /// <summary>理论知识权重表.</summary>
    Theory,

    /// <summary>技能要求权重表.</summary>
    Skill,
}

/// <summary>One weight of a 比重表: a node's percentage at one level.</summary>
public sealed record WeightEntry(WeightTable Table, int Level, string NodeId, decimal Percent, SourceLocation Location);
