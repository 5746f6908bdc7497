namespace CertEngine.Storage.Records.Analytics;

/// <summary>The recorded times on one item of a bank version (migration 0019).</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version.</param>
/// <param name="Timed">Answers to it with a recorded time.</param>
/// <param name="SumSeconds">The sum of those times, in seconds.</param>
public sealed record ItemTime(string ItemId, int ItemVersion, long Timed, double SumSeconds);
