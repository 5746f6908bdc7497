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

/// <summary>
/// An occupation's catalogue entry (RULES.md §1–§2), or a 专项职业能力 考核规范 (RULES.md §1) when
/// <see cref="Specialty"/> is set: then it has no levels and its components, weights and blueprints are filed under
/// <see cref="SpecialtyLevel"/>.
/// </summary>
/// <param name="Code">The 大典 code, e.g. 4-10-01-06; for a 专项, the code of its 考核规范.</param>
/// <param name="Levels">Valid level digits; empty for a 专项.</param>
/// <param name="WorkTypes">工种 per level digit; an empty list means the level has none.</param>
/// <param name="Components">Required components per level digit; a 专项's under <see cref="SpecialtyLevel"/>.</param>
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
    SourceLocation Location)
{
    /// <summary>
    /// The level digit under which a 专项's level-less data is filed: its <see cref="Components"/>, its weights and its
    /// blueprints (which are written without a level). It is never one of <see cref="Levels"/> and never printed.
    /// </summary>
    public const int SpecialtyLevel = 0;

    /// <summary>The 专项职业能力 考核规范 this entry describes, or null for an occupation with levels.</summary>
    public SpecialtyStandard? Specialty { get; init; }

    /// <summary>True for a 专项职业能力 考核规范 (no levels, no 工种).</summary>
    public bool IsSpecialty => Specialty is not null;

    /// <summary>
    /// The level digits components, weights and blueprints may be filed under: <see cref="Levels"/>, or
    /// <see cref="SpecialtyLevel"/> alone for a 专项.
    /// </summary>
    public IReadOnlyList<int> AssessedLevels => IsSpecialty ? [SpecialtyLevel] : Levels;

    /// <summary>The components of a track's level: <paramref name="level"/>'s, or a 专项's when it is null.</summary>
    /// <param name="level">The level digit, or null for a 专项 (levels of an occupation with levels give null there).</param>
    public IReadOnlyList<ComponentSpec> ComponentsFor(int? level) =>
        (level ?? (IsSpecialty ? SpecialtyLevel : null)) is { } digit && (IsSpecialty ? digit == SpecialtyLevel : Levels.Contains(digit))
            ? Components.GetValueOrDefault(digit) ?? []
            : [];
}
