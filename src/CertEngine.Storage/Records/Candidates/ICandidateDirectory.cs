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
}
