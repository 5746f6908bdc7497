namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// The 培训补贴 list (migration 0012 over the certificates of 0006): the certificates of a year that qualify — one per person,
/// occupation and level (the one a claim holds, else the earliest in force), not a reissue, not revoked — with their claims,
/// grouped per county and month in the database, a page at a time; and the claims' changes of state with their history.
/// </summary>
public interface ISubsidyClaims
{
    /// <summary>The most lines one page returns.</summary>
    const int MaxTake = 500;

    /// <summary>A page of the list, ordered by county, issue date and number, and how many lines match in all.</summary>
    Task<(IReadOnlyList<SubsidyLine> Lines, long Total)> ListAsync(SubsidyQuery query, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A page of the list, ordered by county, issue date and number, without counting the lines that match in all.</summary>
    Task<IReadOnlyList<SubsidyLine>> PageAsync(SubsidyQuery query, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The matching lines counted per county, month, occupation, level and claim state.</summary>
    Task<IReadOnlyList<SubsidyGroup>> SummaryAsync(SubsidyQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A certificate as the list would show it (whatever the year), with its claim; null when there is no such certificate.
    /// <c>HeldBy</c> is the number of another certificate that holds (or would hold) its claim, if any.
    /// </summary>
    Task<(SubsidyLine? Line, string? HeldBy, bool InForce)> FindAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a change if the claim is still at <see cref="SubsidyClaimChange.ExpectedVersion"/> and no claim of another certificate is
    /// stored under its key (the caller checks <c>HeldBy</c> first); returns the current version when it is not (nothing changed), or null when stored.
    /// </summary>
    Task<int?> ChangeAsync(SubsidyClaimChange change, CancellationToken cancellationToken = default);

    /// <summary>The claim's history, oldest first.</summary>
    Task<IReadOnlyList<SubsidyClaimEvent>> HistoryAsync(string claimKey, CancellationToken cancellationToken = default);
}
