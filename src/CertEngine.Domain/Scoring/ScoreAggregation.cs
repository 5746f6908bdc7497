namespace CertEngine.Domain.Scoring;

/// <summary>How the independent scores of a task's assessors (考评员) combine into the task score (RULES.md §7).</summary>
public enum ScoreAggregation
{
    /// <summary>The arithmetic mean of all scores. The default.</summary>
    Mean,

    /// <summary>The median; with an even count, the mean of the two middle scores.</summary>
    Median,

    /// <summary>The mean after dropping one highest and one lowest score (needs at least three scores).</summary>
    TrimmedMean,
}
