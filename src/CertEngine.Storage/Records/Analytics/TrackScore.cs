namespace CertEngine.Storage.Records.Analytics;

/// <summary>How many attempts of a track scored exactly <paramref name="Score"/> (one bar of the finest distribution).</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="Count">Attempts (the latest fact of each).</param>
public sealed record TrackScore(string TrackKey, double Score, long Count);
