namespace CertEngine.Storage.Records.Reviews;

/// <summary>
/// The eligibility review queue (资格审核, migration 0009): each application that needed a person's check, at its latest
/// state, kept by the fact store from review facts; read by the back office without activating a grain per candidate.
/// </summary>
public interface IEligibilityReviews
{
    /// <summary>The most rows one page returns.</summary>
    const int MaxTake = 200;

    /// <summary>
    /// Pending applications, oldest first, on <paramref name="trackKey"/> (null or empty for every track); a page of at
    /// most <see cref="MaxTake"/> rows, with the total.
    /// </summary>
    Task<EligibilityReviewPage> PendingAsync(string? trackKey, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The review with this id at its latest state, or <see langword="null"/>.</summary>
    Task<EligibilityReviewRow?> FindAsync(string reviewId, CancellationToken cancellationToken = default);
}
