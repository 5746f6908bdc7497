namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// One cell of the programme report's figures as the database grouped them: a measure (<see cref="ProgrammeMeasures"/>)
/// for one track, county, exam centre and month (1–12), per component where the measure has one.
/// </summary>
/// <param name="Measure">What is counted.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="County">The candidate's county (latest profile), or empty.</param>
/// <param name="Centre">The exam centre of the candidate's first sitting on the track, or empty before any sitting.</param>
/// <param name="Month">The month, 1–12 (China time).</param>
/// <param name="Component">The component (theory, practical, review) for per-component measures; the claim state for claims; else empty.</param>
/// <param name="Count">How many (candidates on the track, or claims).</param>
/// <param name="Amount">The claims' amount in 元 (claims only).</param>
public sealed record ProgrammeCell(string Measure, string TrackKey, string County, string Centre, int Month, string Component, long Count, decimal Amount);
