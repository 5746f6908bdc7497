namespace CertEngine.Server.Features.Candidates;

/// <summary>One candidate in the list: the latest profile and the stage reached.</summary>
/// <param name="Id">The internal id: what the candidate's page is addressed by (no ID number in a link).</param>
/// <param name="Name">The name.</param>
/// <param name="IdNumber">The ID number, masked (1404**********1234) unless the reader's role may see it whole.</param>
/// <param name="County">The county, or empty.</param>
/// <param name="Tags">The centre's tags.</param>
/// <param name="Phone">The phone number, or empty.</param>
/// <param name="Stage"><c>registered</c>, <c>enrolled</c>, <c>examined</c> or <c>certified</c> (on the filtered track, or on any).</param>
/// <param name="UpdatedAt">When the profile was registered or last changed.</param>
/// <param name="HasPhoto">Whether the candidate has a photo for check-in, the ticket and the certificate.</param>
public sealed record CandidateListEntry(string Id, string Name, string IdNumber, string County, IReadOnlyList<string> Tags, string Phone, string Stage, DateTimeOffset UpdatedAt,
    bool HasPhoto);
