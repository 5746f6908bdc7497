namespace CertEngine.Storage.Records.Candidates;

/// <summary>A page of the candidate directory, ordered by name then ID number (by code point: the same in both dialects).</summary>
/// <param name="Candidates">The candidates on the page.</param>
/// <param name="Total">How many candidates match the search in all.</param>
public sealed record CandidateListingPage(IReadOnlyList<CandidateListing> Candidates, long Total);
