namespace CertEngine.Storage.Records;

/// <summary>A sitting as a console's list keeps it.</summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="TrackKey">Its track.</param>
/// <param name="Component">Its component, as the Contracts enum's number.</param>
/// <param name="Centre">The centre.</param>
/// <param name="Room">The room.</param>
/// <param name="StartsAt">When it starts.</param>
public sealed record SittingRow(string SessionId, string TrackKey, int Component, string Centre, string Room, DateTimeOffset StartsAt);
