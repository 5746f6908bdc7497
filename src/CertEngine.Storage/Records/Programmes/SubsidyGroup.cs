namespace CertEngine.Storage.Records.Programmes;

/// <summary>How many qualifying certificates of one county, month, occupation and level are in one claim state.</summary>
/// <param name="County">The county, or empty.</param>
/// <param name="Month">The month of issue, 1–12.</param>
/// <param name="OccupationCode">The occupation code.</param>
/// <param name="Level">The level digit, or null for a 专项.</param>
/// <param name="State">The claim state name.</param>
/// <param name="Count">How many.</param>
public sealed record SubsidyGroup(string County, int Month, string OccupationCode, int? Level, string State, long Count);
