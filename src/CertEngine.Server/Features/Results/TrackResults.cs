namespace CertEngine.Server.Features.Results;

/// <summary>A track's results table: one line per candidate with a result, the components the track has, and whether the table was cut.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Components">The components the track has, in order.</param>
/// <param name="Lines">One per candidate, by name.</param>
/// <param name="Truncated">Whether there were more results than a table holds (<see cref="ResultTables.MaxTrackRows"/>).</param>
public sealed record TrackResults(string TrackKey, IReadOnlyList<string> Components, IReadOnlyList<TrackResultLine> Lines, bool Truncated);
