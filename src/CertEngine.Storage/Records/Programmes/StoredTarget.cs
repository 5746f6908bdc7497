namespace CertEngine.Storage.Records.Programmes;

/// <summary>A programme target as an Admin entered it.</summary>
/// <param name="Programme">The programme id.</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="FromYear">The first year counted.</param>
/// <param name="Target">The number to reach.</param>
/// <param name="Actor">Who entered it.</param>
/// <param name="At">When.</param>
public sealed record StoredTarget(string Programme, int Year, int FromYear, int Target, string Actor, DateTimeOffset At);
