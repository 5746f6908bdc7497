namespace CertEngine.Server.Features.Subsidies;

/// <summary>The claims of one county and month of issue: how many in each state and their amount.</summary>
/// <param name="County">The county, or empty when unknown.</param>
/// <param name="Month">The month of issue, 1–12.</param>
/// <param name="Certificates">Qualifying certificates.</param>
/// <param name="Yuan">Their amount in 元.</param>
/// <param name="States">How many are in each state.</param>
public sealed record SubsidyCountyMonth(string County, int Month, long Certificates, decimal Yuan, IReadOnlyDictionary<string, long> States);
