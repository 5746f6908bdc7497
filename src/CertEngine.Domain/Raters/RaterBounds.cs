namespace CertEngine.Domain.Raters;

/// <summary>
/// When an assessor is flagged for the chief assessor: far from the panel on average, or agreeing with it too rarely.
/// Signals to look at, not verdicts; the figures are this programme's provisional choices (configuration <c>Raters</c>).
/// </summary>
/// <param name="MinSheets">Sheets an assessor needs in the period before any flag is raised (fewer say too little).</param>
/// <param name="MaxMeanDeviation">Points: a mean difference from the other members' mean beyond this is severity or leniency.</param>
/// <param name="MinAdjacentAgreement">The lowest share of comparisons within the adjudication threshold (0–1).</param>
/// <param name="MaxAdjudicationRate">The highest share of sheets whose task went to the chief (0–1).</param>
public sealed record RaterBounds(int MinSheets, decimal MaxMeanDeviation, double MinAdjacentAgreement, double MaxAdjudicationRate)
{
    /// <summary>10 sheets, 8 points, 80 % adjacent agreement, 20 % adjudicated (provisional programme figures).</summary>
    public static RaterBounds Default { get; } = new(10, 8m, 0.8, 0.2);
}
