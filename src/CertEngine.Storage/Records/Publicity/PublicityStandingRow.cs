namespace CertEngine.Storage.Records.Publicity;

/// <summary>The latest 公示 listing a candidate of a track as passed, and the objections to that line not closed.</summary>
/// <param name="PublicityId">The 公示.</param>
/// <param name="EndsOn">Its last day, inclusive.</param>
/// <param name="OpenObjections">Objections to the line, open or answered.</param>
public sealed record PublicityStandingRow(string PublicityId, DateOnly EndsOn, int OpenObjections);
