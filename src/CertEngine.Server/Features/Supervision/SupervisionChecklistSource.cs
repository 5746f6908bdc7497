using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Supervision;

namespace CertEngine.Server.Features.Supervision;

/// <summary>
/// The supervision checklist (督导检查表), read once at start from <c>tracks/supervision/checklist.yaml</c>. A file with
/// mistakes, or none, leaves no checklist: records are refused and the 督导 page shows the problems.
/// </summary>
public sealed class SupervisionChecklistSource
{
    /// <summary>Reads the checklist under <paramref name="tracksRoot"/>.</summary>
    public SupervisionChecklistSource(string tracksRoot) => (Checklist, Problems) = SupervisionChecklistReader.Load(tracksRoot);

    /// <summary>The checklist, or null when the file could not be read.</summary>
    public SupervisionChecklist? Checklist { get; }

    /// <summary>What was wrong with the file, if anything.</summary>
    public IReadOnlyList<BankProblem> Problems { get; }
}
