using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// What checking an edited tracks file gave (认定规则检查): every problem, each as <c>file:line: message</c>, and the tracks
/// the file defines on the bank version it was checked against (empty while any error stands).
/// </summary>
/// <param name="Problems">Errors and warnings, in the order found: the catalogue's own, then each track the bank refuses.</param>
/// <param name="Tracks">Each track of the code (every level × 工种, or the 专项), built on <paramref name="BankVersion"/>.</param>
/// <param name="BankVersion">The published bank version the tracks were built on; 0 when none could be used.</param>
public sealed record TrackRulesCheck(IReadOnlyList<BankProblem> Problems, IReadOnlyList<Track> Tracks, int BankVersion)
{
    /// <summary>True when no problem is an error: the text may be published.</summary>
    public bool IsValid => Problems.All(p => p.Severity != ProblemSeverity.Error);
}
