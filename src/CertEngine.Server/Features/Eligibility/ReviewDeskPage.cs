namespace CertEngine.Server.Features.Eligibility;

/// <summary>One page of the eligibility review queue (资格审核).</summary>
/// <param name="Cases">The applications on this page, oldest first.</param>
/// <param name="Total">How many wait in all (on the track filtered).</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The page size.</param>
public sealed record ReviewDeskPage(IReadOnlyList<ReviewCase> Cases, long Total, int Page, int PageSize);
