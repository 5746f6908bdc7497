namespace CertEngine.Server.Features.Subsidies;

/// <summary>One qualifying certificate in the 培训补贴 list, with its claim.</summary>
/// <param name="Number">The certificate number.</param>
/// <param name="Name">The holder's name.</param>
/// <param name="IdNumber">The holder's ID number (staff only: the list is what the 人社局 needs).</param>
/// <param name="County">The holder's county, or empty.</param>
/// <param name="Programme">The programme id.</param>
/// <param name="Occupation">The occupation's name.</param>
/// <param name="OccupationCode">The occupation (or 专项) code.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Level">The level digit, or null for a 专项.</param>
/// <param name="IssuedOn">The issue date.</param>
/// <param name="Deadline">The last day a claim may be submitted.</param>
/// <param name="Yuan">The amount: as recorded with the claim, else under the rules today.</param>
/// <param name="State">The claim state (<c>draft</c>, <c>submitted</c>, <c>paid</c>, <c>refused</c>).</param>
/// <param name="Version">The claim's version, sent back with a change (0: nothing stored yet).</param>
/// <param name="Reason">The reason recorded with the last change.</param>
/// <param name="ChangedBy">Who changed it last, or empty.</param>
/// <param name="ChangedAt">When, or null.</param>
/// <param name="Next">The states it may move to now.</param>
public sealed record SubsidyClaimLine(
    string Number,
    string Name,
    string IdNumber,
    string County,
    string Programme,
    string Occupation,
    string OccupationCode,
    string WorkType,
    int? Level,
    DateOnly IssuedOn,
    DateOnly Deadline,
    decimal Yuan,
    string State,
    int Version,
    string Reason,
    string ChangedBy,
    DateTimeOffset? ChangedAt,
    IReadOnlyList<string> Next);
