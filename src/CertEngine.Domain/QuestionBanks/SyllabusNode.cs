namespace CertEngine.Domain.QuestionBanks;

/// <summary>Importance of a 鉴定点 (重要程度): X core, Y general, Z auxiliary.</summary>
public enum ElementTag
{
    /// <summary>核心 (core): at least 80 % of a level's 鉴定点.</summary>
    X,
    /// <summary>一般 (general): at most 15 %.</summary>
    Y,
    /// <summary>辅助 (auxiliary): at most 5 %.</summary>
    Z,
}

/// <summary>A 鉴定点: the leaf of the syllabus that items test.</summary>
/// <param name="NodeId">The 鉴定范围 node it sits under.</param>
public sealed record SyllabusElement(string Id, string Name, ElementTag Tag, string NodeId, SourceLocation Location);

/// <summary>A 鉴定范围 node of the 鉴定要素细目表.</summary>
/// <param name="ParentId">Null for a top-level node (基本要求, 相关知识).</param>
/// <param name="Levels">Level digits whose 细目表 include this node as written; null inherits the parent's (and at the top, all).</param>
/// <param name="WorkTypes">工种 this node belongs to as written; null inherits (and at the top, all).</param>
/// <param name="Xyz">The X:Y:Z counts as written, checked against the tags beneath; null when not written.</param>
public sealed record SyllabusNode(
    string Id,
    string Name,
    string? ParentId,
    IReadOnlyList<int>? Levels,
    IReadOnlyList<string>? WorkTypes,
    string? Xyz,
    SourceLocation Location);
