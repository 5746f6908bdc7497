namespace CertEngine.Server.Features.Publicity;

/// <summary>One line of the public 公示 page: masked exactly as the verify page masks (张*明, 1401**********1234).</summary>
/// <param name="Ticket">准考证号.</param>
/// <param name="MaskedName">The masked name.</param>
/// <param name="MaskedIdNumber">The masked ID number.</param>
/// <param name="Occupation">职业.</param>
/// <param name="WorkType">工种, or empty.</param>
/// <param name="Level">等级, or empty for a 专项.</param>
/// <param name="Scores">Each component's score in the view's column order, null when none.</param>
/// <param name="Passed">合格 when every component passed.</param>
public sealed record PublicLine(string Ticket, string MaskedName, string MaskedIdNumber, string Occupation, string WorkType, string Level,
    IReadOnlyList<decimal?> Scores, bool Passed);
