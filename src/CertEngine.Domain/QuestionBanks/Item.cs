namespace CertEngine.Domain.QuestionBanks;

/// <summary>One option of a choice item: its label (A, B …) and text.</summary>
public sealed record ItemOption(string Label, string Text);

/// <summary>A theory question (试题) as written in a bank.</summary>
/// <param name="Id">Stable id, unique in the bank.</param>
/// <param name="Version">Content version, from 1; raised whenever the content changes after publication.</param>
/// <param name="ElementId">The 鉴定点 this item tests.</param>
/// <param name="Difficulty">1 (easiest) to 5.</param>
/// <param name="Options">In written order. For 判断, the two options 正确 and 错误 unless written.</param>
/// <param name="Key">Labels of the right options: one for 单选 and 判断, two or more for 多选.</param>
/// <param name="Enemies">Ids of items that must not share a paper with this one (as written; the relation is symmetric).</param>
public sealed record Item(
    string Id,
    int Version,
    ItemType Type,
    string ElementId,
    int Difficulty,
    string Stem,
    IReadOnlyList<ItemOption> Options,
    IReadOnlyList<string> Key,
    IReadOnlyList<string> Enemies,
    string? Explanation,
    SourceLocation Location);
