namespace CertEngine.Storage.Records.Batches;

/// <summary>An exam batch (批次) as stored: a named round of one track at one centre.</summary>
/// <param name="BatchId">The batch's id (short, URL-safe).</param>
/// <param name="TrackKey">The track.</param>
/// <param name="Name">The name, e.g. 2026年第12批; unique within the track.</param>
/// <param name="Centre">The 考点.</param>
/// <param name="FirstDay">The first exam day.</param>
/// <param name="LastDay">The last exam day (inclusive).</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="CreatedAt">When.</param>
public sealed record BatchRow(string BatchId, string TrackKey, string Name, string Centre, DateOnly FirstDay, DateOnly LastDay, string CreatedBy, DateTimeOffset CreatedAt);
