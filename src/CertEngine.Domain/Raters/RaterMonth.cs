namespace CertEngine.Domain.Raters;

/// <summary>One calendar month (Beijing time) of an assessor's sheets: drift shows as a changing mean deviation.</summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Sheets">Sheets signed that month.</param>
/// <param name="MeanDeviation">Mean of (own total − the other members' mean) over panels with other members; null when none.</param>
public sealed record RaterMonth(string Month, int Sheets, decimal? MeanDeviation);
