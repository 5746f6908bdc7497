namespace CertEngine.Domain.Scoring;

/// <summary>A track's rules for scoring a practical task or a 综合评审 panel (RULES.md §4, §7).</summary>
/// <param name="Assessors">Independent assessors who score every candidate's task (≥ 1; RULES.md default 3).</param>
/// <param name="Aggregation">How their scores combine.</param>
/// <param name="AdjudicationThreshold">
/// Points on the task's own scale: when max − min of the scores is strictly greater, the 考评组长 (chief) adjudicates.
/// </param>
/// <param name="VetoEffect">What a triggered 否决项 does.</param>
public sealed record PracticalPolicy(int Assessors, ScoreAggregation Aggregation, decimal AdjudicationThreshold, VetoEffect VetoEffect)
{
    /// <summary>Three assessors, mean, adjudication above a 15-point spread, a veto zeroes the task (all unconfirmed defaults).</summary>
    public static PracticalPolicy Default { get; } = new(3, ScoreAggregation.Mean, 15m, VetoEffect.TaskScoresZero);
}
