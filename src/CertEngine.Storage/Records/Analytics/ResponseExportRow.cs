namespace CertEngine.Storage.Records.Analytics;

/// <summary>One response of <c>responses.csv</c>: enough for anyone to recompute the item analysis.</summary>
/// <param name="AttemptKey">The attempt (its latest fact: a regrade supersedes the submission).</param>
/// <param name="TrackKey">The track.</param>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version.</param>
/// <param name="Answer">The labels chosen, comma-separated (empty when omitted).</param>
/// <param name="Correct">Whether it earned full points.</param>
/// <param name="Awarded">The points awarded.</param>
/// <param name="Score">The attempt's total score out of 100.</param>
public sealed record ResponseExportRow(string AttemptKey, string TrackKey, string ItemId, int ItemVersion, string Answer, bool Correct, double Awarded, double Score);
