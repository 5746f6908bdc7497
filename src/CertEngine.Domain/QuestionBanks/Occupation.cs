namespace CertEngine.Domain.QuestionBanks;

/// <summary>Kind of assessment component (考核方式).</summary>
public enum ComponentKind
{
    /// <summary>理论知识考试.</summary>
    Theory,

    /// <summary>操作技能考核.</summary>
    Practical,

    /// <summary>综合评审 (二级 and 一级).</summary>
    Review,
}

/// <summary>One component a level requires, with its minimum duration and pass mark out of 100.</summary>
public sealed record ComponentSpec(ComponentKind Kind, int Minutes, decimal PassMark);

/// <summary>A level of the ladder as data (五级/初级工 …), with the digit used in certificate numbers.</summary>
public sealed record LevelInfo(int Digit, string Name, string Title)
{
    /// <summary>The display form on screens and certificates, e.g. <c>四级/中级工</c>.</summary>
    public string DisplayName => $"{Name}/{Title}";
}

/// <summary>An occupation's catalogue entry (RULES.md §1–§2).</summary>
/// <param name="Code">The 大典 code, e.g. 4-10-01-06.</param>
/// <param name="Levels">Valid level digits.</param>
/// <param name="WorkTypes">工种 per level digit; an empty list means the level has none.</param>
/// <param name="Components">Required components per level digit.</param>
/// <param name="Includes">Shared modules this bank includes (directory names beside it).</param>
public sealed record Occupation(
    string Code,
    string Name,
    string Standard,
    string Edition,
    string? SyllabusTitle,
    DateOnly? ValidFrom,
    IReadOnlyList<int> Levels,
    IReadOnlyList<string> Includes,
    IReadOnlyDictionary<int, IReadOnlyList<string>> WorkTypes,
    IReadOnlyDictionary<int, IReadOnlyList<ComponentSpec>> Components,
    SourceLocation Location);
