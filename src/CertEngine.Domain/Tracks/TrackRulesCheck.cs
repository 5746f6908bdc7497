using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// What checking an edited tracks file gave (认定规则检查): the file's own problems, each as <c>file:line: message</c>,
/// each track the bank version refuses with the reason, and the tracks the file defines on that bank version (empty
/// while any error or refusal stands).
/// </summary>
/// <param name="Problems">The file's errors and warnings as the reader found them.</param>
/// <param name="Refusals">Each track of the code that cannot be built on <paramref name="BankVersion"/>, and why.</param>
/// <param name="Tracks">Each track of the code (every level × 工种, or the 专项), built on <paramref name="BankVersion"/>.</param>
/// <param name="BankVersion">The published bank version the tracks were built on; 0 when none could be used.</param>
public sealed record TrackRulesCheck(IReadOnlyList<BankProblem> Problems, IReadOnlyList<TrackRulesRefusal> Refusals, IReadOnlyList<Track> Tracks, int BankVersion)
{
    /// <summary>True when no problem is an error and every track builds: the text may be published.</summary>
    public bool IsValid => Refusals.Count == 0 && Problems.All(p => p.Severity != ProblemSeverity.Error);

    /// <summary>The problems and refusals together.</summary>
    public int Count => Problems.Count + Refusals.Count;
}
