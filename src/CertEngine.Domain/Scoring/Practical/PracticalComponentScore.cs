namespace CertEngine.Domain.Scoring;

/// <summary>The 技能考核 (practical component) score out of 100, with how each 职业功能 contributed.</summary>
/// <param name="Score">0–100 (inclusive), rounded once to 2 decimals, half away from zero.</param>
/// <param name="Failed">True when a task's 否决项 has the effect <see cref="VetoEffect.ComponentFails"/>: the component fails whatever <paramref name="Score"/> is.</param>
/// <param name="Breakdown">
/// One row per 职业功能 node in the order of the 技能要求权重表 (or per task, in the order given, when the level has no
/// skill weights): the node's weight in percent and its contribution in points out of 100, rounded to 2 decimals for
/// display, so the rows may differ from <paramref name="Score"/> by a cent.
/// </param>
public sealed record PracticalComponentScore(
    decimal Score,
    bool Failed,
    IReadOnlyList<(string NodeId, decimal WeightPercent, decimal Contribution)> Breakdown)
{
    /// <summary>The score the part records: zero when <see cref="Failed"/> (no score may pass a failing 否决项), else <see cref="Score"/>.</summary>
    public decimal Recorded => Failed ? 0m : Score;
}
