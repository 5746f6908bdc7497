namespace CertEngine.Storage.Records.Programmes;

/// <summary>One qualifying certificate in the 培训补贴 list, with its claim as stored (none: a draft, version 0).</summary>
/// <param name="Number">The certificate number.</param>
/// <param name="IdNumber">The holder's ID number.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="County">The holder's county, or empty.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="OccupationCode">The occupation (or 专项) code.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Level">The level digit, or null for a 专项.</param>
/// <param name="IssuedOn">The issue date.</param>
/// <param name="State">The claim's state name (<c>draft</c> when none is stored).</param>
/// <param name="Version">The claim's version (0 when none is stored).</param>
/// <param name="Reason">The reason recorded with the last change.</param>
/// <param name="Amount">The amount recorded with the last change, or null when none is stored.</param>
/// <param name="Actor">Who changed it last, or empty.</param>
/// <param name="At">When it last changed, or null.</param>
public sealed record SubsidyLine(
    string Number,
    string IdNumber,
    string HolderName,
    string County,
    string TrackKey,
    string OccupationCode,
    string WorkType,
    int? Level,
    DateOnly IssuedOn,
    string State,
    int Version,
    string Reason,
    decimal? Amount,
    string Actor,
    DateTimeOffset? At)
{
    /// <summary>The claim key.</summary>
    public string ClaimKey => SubsidyKeys.Claim(IdNumber, OccupationCode, Level);
}
