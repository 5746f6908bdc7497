namespace CertEngine.Storage.Records.Raters;

/// <summary>The sheets of a period, and whether more were signed than the cap allowed (then the period is too long to analyse at once).</summary>
/// <param name="Sheets">The sheets, oldest first, at most the cap.</param>
/// <param name="Truncated">Whether the period holds more sheets than the cap.</param>
public sealed record RaterSheetPage(IReadOnlyList<RaterSheetRow> Sheets, bool Truncated);
