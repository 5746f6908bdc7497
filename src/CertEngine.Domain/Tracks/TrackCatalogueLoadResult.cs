using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>What loading the tracks data gave: the catalogue (null when any file has an error) and every problem found.</summary>
/// <param name="Problems">Each formats as <c>file:line: message</c>.</param>
public sealed record TrackCatalogueLoadResult(TrackCatalogue? Catalogue, IReadOnlyList<BankProblem> Problems)
{
    /// <summary>True when there is a catalogue and no error.</summary>
    public bool IsValid => Catalogue is not null && Problems.All(p => p.Severity != ProblemSeverity.Error);
}
