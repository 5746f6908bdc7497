namespace CertEngine.Server.Features.Certificates;

/// <summary>A page of a track's enrolled candidates with their readiness, and the counts over the page.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Enrolled">How many are enrolled in all.</param>
/// <param name="Page">The page (from 1).</param>
/// <param name="PageSize">Candidates per page.</param>
/// <param name="Lines">This page's candidates, in order of enrolment.</param>
public sealed record ReadinessBoard(string TrackKey, int Enrolled, int Page, int PageSize, IReadOnlyList<ReadinessLine> Lines)
{
    /// <summary>The number of pages.</summary>
    public int Pages => Math.Max(1, (Enrolled + PageSize - 1) / PageSize);
}
