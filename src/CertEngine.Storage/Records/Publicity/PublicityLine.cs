namespace CertEngine.Storage.Records.Publicity;

/// <summary>One candidate's line of a 公示, as published (the public page shows only the masked fields).</summary>
/// <param name="IdNumber">The full ID number: objections and the issuance gate match on it; never shown.</param>
/// <param name="Ticket">The admission ticket number (准考证号).</param>
/// <param name="MaskedName">The name masked as the verify page masks it (张*明).</param>
/// <param name="MaskedId">The ID number masked as the verify page masks it (1401**********1234).</param>
/// <param name="Occupation">职业名称.</param>
/// <param name="WorkType">工种, or empty.</param>
/// <param name="Level">The level's display form, or empty for a 专项.</param>
/// <param name="Scores">Each component's score, in the notice's component order (null when the component has no result).</param>
/// <param name="Passed">Whether every component passed.</param>
public sealed record PublicityLine(string IdNumber, string Ticket, string MaskedName, string MaskedId, string Occupation, string WorkType, string Level,
    IReadOnlyList<decimal?> Scores, bool Passed);
