namespace CertEngine.Domain.Publicity;

/// <summary>Where one candidate's passing results in a track stand in 公示: the latest 公示 they are in as passed.</summary>
/// <param name="PublicityId">The 公示.</param>
/// <param name="End">Its last day, inclusive.</param>
/// <param name="OpenObjections">Objections to the candidate's line that are not closed.</param>
public sealed record PublicityStanding(string PublicityId, DateOnly End, int OpenObjections);
