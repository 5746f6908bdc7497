namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// One line of a report to the authority (数据上报): a candidate's results for one track, with the certificate of that
/// track when one is held. Read from the record store's facts; the web edge turns it into the national fields.
/// </summary>
/// <param name="IdNumber">The ID number.</param>
/// <param name="Name">The name: the certificate's holder name when there is a certificate, else the latest profile name (empty when none).</param>
/// <param name="TrackKey">The track.</param>
/// <param name="Number">The certificate number, or null when none is held for the track.</param>
/// <param name="Kind">The certificate kind (<c>skill-level</c>, <c>specialty</c>), or null.</param>
/// <param name="OccupationCode">The certificate's occupation code, or null.</param>
/// <param name="WorkType">The certificate's 工种 (empty for none), or null.</param>
/// <param name="Level">The certificate's level digit, or null.</param>
/// <param name="IssuedOn">The date of issue, or null.</param>
/// <param name="Status">The certificate's latest status (empty when none stored), or null.</param>
/// <param name="Theory">The latest theory result, or null.</param>
/// <param name="Practical">The latest practical result, or null.</param>
/// <param name="Review">The latest 综合评审 result, or null.</param>
public sealed record NationalRecord(
    string IdNumber,
    string Name,
    string TrackKey,
    string? Number,
    string? Kind,
    string? OccupationCode,
    string? WorkType,
    int? Level,
    DateOnly? IssuedOn,
    string? Status,
    NationalScore? Theory,
    NationalScore? Practical,
    NationalScore? Review);
