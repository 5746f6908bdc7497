namespace CertEngine.Server.Features.Subsidies;

/// <summary>
/// The 培训补贴 list of a year (<c>GET /api/subsidies?year=…</c>): the city's rules, the claims per county and month of issue,
/// and a page of the qualifying certificates with their claims.
/// </summary>
/// <param name="Year">The year of issue.</param>
/// <param name="City">The rules' city id.</param>
/// <param name="CityName">The city's name.</param>
/// <param name="RulesUnconfirmed">True when the amounts are placeholders, not the city's published figures.</param>
/// <param name="RulesSource">Where the rules come from.</param>
/// <param name="WindowMonths">Months after issue within which a claim may be submitted.</param>
/// <param name="Summary">Per county and month of issue.</param>
/// <param name="Certificates">Qualifying certificates matching the filters.</param>
/// <param name="Yuan">Their amount.</param>
/// <param name="Lines">The page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Lines per page.</param>
public sealed record SubsidyListing(
    int Year,
    string City,
    string CityName,
    bool RulesUnconfirmed,
    string RulesSource,
    int WindowMonths,
    IReadOnlyList<SubsidyCountyMonth> Summary,
    long Certificates,
    decimal Yuan,
    IReadOnlyList<SubsidyClaimLine> Lines,
    int Page,
    int PageSize);
