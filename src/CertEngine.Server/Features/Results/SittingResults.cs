using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;

namespace CertEngine.Server.Features.Results;

/// <summary>A sitting's results table (成绩表): the sitting and one line per seat, with the counts.</summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="TrackKey">Its track.</param>
/// <param name="Component">Its component.</param>
/// <param name="StartsAt">When it started or starts.</param>
/// <param name="Status">Its state.</param>
/// <param name="Lines">One per seat, in seat order.</param>
public sealed record SittingResults(string SessionId, string TrackKey, ExamComponent Component, DateTimeOffset StartsAt, SessionStatus Status,
    IReadOnlyList<SittingResultLine> Lines)
{
    /// <summary>How many lines stand so.</summary>
    public int Count(ResultStanding standing) => Lines.Count(l => l.Standing == standing);
}
