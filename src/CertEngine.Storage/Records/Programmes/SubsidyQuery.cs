namespace CertEngine.Storage.Records.Programmes;

/// <summary>Which certificates of a year the 培训补贴 list shows.</summary>
/// <param name="Year">The year of issue.</param>
/// <param name="Qualifying">The occupation and level pairs the rules pay, each written <see cref="SubsidyKeys.Pair"/>.</param>
/// <param name="County">Only this county, or empty for all.</param>
/// <param name="Month">Only certificates issued in this month (1–12), or 0 for all.</param>
/// <param name="State">Only claims in this state (<c>draft</c>, <c>submitted</c>, <c>paid</c>, <c>refused</c>), or empty for all.</param>
public sealed record SubsidyQuery(int Year, IReadOnlyList<string> Qualifying, string County = "", int Month = 0, string State = "");
