namespace CertEngine.Domain.Raters;

/// <summary>One assessor's figures over a period.</summary>
/// <param name="Assessor">The assessor's account.</param>
/// <param name="Sheets">Sheets signed.</param>
/// <param name="Mean">Mean task total.</param>
/// <param name="StandardDeviation">Sample standard deviation of the totals; null under two sheets.</param>
/// <param name="Comparisons">Pairs (this sheet, another member's sheet of the same panel) compared.</param>
/// <param name="ExactAgreement">Share of comparisons with the same total; null without comparisons.</param>
/// <param name="AdjacentAgreement">Share of comparisons within the track's adjudication threshold; null without comparisons.</param>
/// <param name="AdjudicationRate">Share of the sheets whose task the chief ruled on.</param>
/// <param name="MeanDeviation">Mean of (own total − the other members' mean): below 0 severe, above 0 lenient; null without other members.</param>
/// <param name="Months">The mean deviation per month, oldest first (drift).</param>
/// <param name="Flags">Why the chief should look, under the bounds used; empty when nothing stands out.</param>
public sealed record RaterFigures(
    string Assessor, int Sheets, decimal Mean, decimal? StandardDeviation, int Comparisons, double? ExactAgreement, double? AdjacentAgreement,
    double AdjudicationRate, decimal? MeanDeviation, IReadOnlyList<RaterMonth> Months, IReadOnlyList<RaterSignal> Flags);
