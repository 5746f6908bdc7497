namespace CertEngine.Server.Features.Candidates;

/// <summary>A page of the candidate list, ordered by name then ID number.</summary>
/// <param name="Candidates">The candidates on the page.</param>
/// <param name="Page">The page (from 1).</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many candidates match in all.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="IdNumbersMasked">Whether ID numbers are masked for the reader's role.</param>
public sealed record CandidateListPage(IReadOnlyList<CandidateListEntry> Candidates, int Page, int PageSize, long Total, bool HasMore, bool IdNumbersMasked)
{
    /// <summary>The number of pages (at least 1).</summary>
    public long Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
