namespace CertEngine.Storage.Records.Candidates;

/// <summary>
/// The record store's candidate directory (migration 0007): each candidate's latest profile, kept by the fact store as
/// profile facts arrive, searched and paged for the back office without activating a grain per candidate.
/// </summary>
public interface ICandidateDirectory
{
    /// <summary>The candidates matching <paramref name="search"/>, one page, with the total count.</summary>
    Task<CandidateListingPage> SearchAsync(CandidateSearch search, CancellationToken cancellationToken = default);

    /// <summary>The ID number of the candidate with <paramref name="internalId"/>, or <see langword="null"/>.</summary>
    Task<string?> IdNumberOfAsync(string internalId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The name of each of <paramref name="idNumbers"/> the directory holds (ID number → name; at most
    /// <see cref="MaxNameLookup"/> numbers are looked at): a roster's names without a grain call per seat. A candidate
    /// registered moments ago may not be there yet (their profile fact is on its way); the caller asks their grain.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default);

    /// <summary>The most ID numbers one <see cref="NamesAsync"/> looks at (a sitting's roster is at most 5,000).</summary>
    const int MaxNameLookup = 5_000;
}
