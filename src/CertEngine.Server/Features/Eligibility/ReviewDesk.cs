using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Features.Candidates;
using CertEngine.Storage.Records.Reviews;

namespace CertEngine.Server.Features.Eligibility;

/// <summary>
/// The eligibility review queue (资格审核) for the API and the page: pending applications from the record store, paged
/// and filtered by track, each with the candidate's evidence and the engine's decision; approving and rejecting go to
/// the candidate's evidence grain.
/// </summary>
public sealed class ReviewDesk(IEligibilityReviews reviews, CandidateEvidence evidence, IGrainFactory grains)
{
    /// <summary>The page size.</summary>
    public const int PageSize = 20;

    /// <summary>The highest page number accepted.</summary>
    public const int MaxPage = 10_000;

    /// <summary>The most characters of a track filter.</summary>
    public const int MaxTrackLength = 80;

    /// <summary>How many applications wait for review (the dashboard's count).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken) => (await reviews.PendingAsync(null, 0, 0, cancellationToken)).Total;

    /// <summary>One page of pending applications, oldest first.</summary>
    public async Task<ReviewDeskPage> PageAsync(string? track, int page, CancellationToken cancellationToken)
    {
        var found = await reviews.PendingAsync(track, (long)(page - 1) * PageSize, PageSize, cancellationToken);
        var cases = new List<ReviewCase>(found.Rows.Count);
        foreach (var row in found.Rows)
        {
            var overview = await evidence.OverviewAsync(row.IdNumber, row.TrackKey);
            cases.Add(new ReviewCase(row.ReviewId, row.TrackKey, row.InternalId, row.Name, IdentityNumber.Mask(row.IdNumber), row.ConditionId, row.ToCheck,
                row.SubmittedAt, overview?.Items ?? [], overview?.Tracks.FirstOrDefault(t => t.TrackKey == row.TrackKey)));
        }

        return new ReviewDeskPage(cases, found.Total, page, PageSize);
    }

    /// <summary>Approves the review: <see langword="null"/> when there is no such review, else the grain's answer.</summary>
    public async Task<ApplicationReply?> ApproveAsync(string reviewId, string actor, CancellationToken cancellationToken) =>
        await FindAsync(reviewId, cancellationToken) is { } row
            ? await grains.GetGrain<ICandidateEvidenceGrain>(row.IdNumber).ApproveAsync(row.TrackKey, actor)
            : null;

    /// <summary>Rejects the review with a reason: <see langword="null"/> when there is no such review, else the grain's answer.</summary>
    public async Task<CommandReply?> RejectAsync(string reviewId, string reason, string actor, CancellationToken cancellationToken) =>
        await FindAsync(reviewId, cancellationToken) is { } row
            ? await grains.GetGrain<ICandidateEvidenceGrain>(row.IdNumber).RejectAsync(row.TrackKey, reason, actor)
            : null;

    // A review id is 32 hex digits: anything else is no review, without asking the store.
    private async Task<EligibilityReviewRow?> FindAsync(string reviewId, CancellationToken cancellationToken) =>
        reviewId.Length == 32 && reviewId.All(char.IsAsciiHexDigitLower) ? await reviews.FindAsync(reviewId, cancellationToken) : null;
}
