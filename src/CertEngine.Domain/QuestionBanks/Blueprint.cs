namespace CertEngine.Domain.QuestionBanks;

/// <summary>Whether a blueprint lays out a theory paper or a practical draw.</summary>
public enum BlueprintMode
{
    /// <summary>A theory paper drawn from items (理论知识).</summary>
    Theory,
    /// <summary>Practical tasks drawn by station (操作技能 or 综合评审).</summary>
    Practical,
}

/// <summary>One section of a theory paper: items of one type, how many, and points each.</summary>
public sealed record PaperSection(ItemType Type, int Count, decimal Points);

/// <summary>A blueprint cell: the items of each type drawn from one weighted syllabus node.</summary>
public sealed record BlueprintCell(string NodeId, IReadOnlyDictionary<ItemType, int> Counts, SourceLocation Location);

/// <summary>The practical draw from one 职业功能: how many tasks.</summary>
public sealed record TaskDraw(string NodeId, int Count, SourceLocation Location);

/// <summary>A 组卷方案 for one level (and 工种): the theory layout or the practical draw.</summary>
/// <param name="WorkType">The 工种, when the level has them.</param>
/// <param name="Minutes">Duration of the component.</param>
/// <param name="Sections">Theory only: the paper's sections in order.</param>
/// <param name="Cells">Theory only: draws per weighted node.</param>
/// <param name="Tasks">Practical only: tasks drawn per 职业功能.</param>
public sealed record Blueprint(
    int Level,
    string? WorkType,
    BlueprintMode Mode,
    int Minutes,
    IReadOnlyList<PaperSection> Sections,
    IReadOnlyList<BlueprintCell> Cells,
    IReadOnlyList<TaskDraw> Tasks,
    SourceLocation Location)
{
    /// <summary>A short name for messages: <c>五级 家务服务员 theory</c> style, using the level digit.</summary>
    public string Name => $"level {Level}{(WorkType is null ? "" : " " + WorkType)} {Mode.ToString().ToLowerInvariant()}";

    /// <summary>
    /// Practical only: minutes between two drawn tasks (the candidate moves on, the 考务 resets the station they left).
    /// The longest draw plus a changeover between each two of its tasks must fit in <see cref="Minutes"/>. 0 when not written.
    /// </summary>
    public int Changeover { get; init; }
}
