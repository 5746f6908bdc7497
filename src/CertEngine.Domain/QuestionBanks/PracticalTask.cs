namespace CertEngine.Domain.QuestionBanks;

/// <summary>One scored line of a practical task's 评分记录表: 考核要素 | 配分 | 评分标准.</summary>
/// <remarks>Two criteria are equal when their content is: where they were written (<see cref="Location"/>) does not count.</remarks>
public sealed record RubricCriterion(string Id, string Name, decimal Points, string Standard)
{
    /// <summary>Where the criterion was written, for messages that name its line; null when built in code.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Equal when id, name, points and standard are: the location is left out.</summary>
    public bool Equals(RubricCriterion? other) =>
        other is not null && Id == other.Id && Name == other.Name && Points == other.Points && Standard == other.Standard;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Points, Standard);
}

/// <summary>A practical task (操作技能考核试题) with its rubric and veto items (否决项).</summary>
/// <param name="NodeId">The syllabus node or element the task assesses, under one 职业功能.</param>
/// <param name="Minutes">Time limit.</param>
/// <param name="Points">The total the rubric adds up to (normally 100).</param>
/// <param name="Materials">The 考核准备通知单: what the centre prepares.</param>
/// <param name="Vetoes">Events any one of which scores the task 0.</param>
public sealed record PracticalTask(
    string Id,
    int Version,
    string NodeId,
    string Title,
    int Minutes,
    decimal Points,
    IReadOnlyList<string> Materials,
    string Instructions,
    IReadOnlyList<RubricCriterion> Criteria,
    IReadOnlyList<string> Vetoes,
    SourceLocation Location)
{
    /// <summary>The default <see cref="MarkStep"/>: half points, as 考评员 mark (whole or half points).</summary>
    public const decimal HalfPoints = 0.5m;

    /// <summary>
    /// The unit every rubric mark is a whole multiple of (the task's <c>mark-step</c>): 0.5 (the default) allows whole
    /// and half points, 1 whole points only. A mark that is not a multiple is refused when the sheet is checked.
    /// </summary>
    public decimal MarkStep { get; init; } = HalfPoints;

    /// <summary>
    /// The task's <c>reset</c>: what the 考务 restores between two candidates (fresh materials, cleaned tools, the station's
    /// starting state), so every candidate meets the same station. Null when the task has none (tasks published before it existed).
    /// </summary>
    public string? Reset { get; init; }
}
