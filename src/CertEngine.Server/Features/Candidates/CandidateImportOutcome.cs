namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// What a candidate import did. With any <see cref="Problems"/> nothing was registered (<see cref="Registered"/> is 0);
/// otherwise every row was registered and every row naming a track enrolled.
/// </summary>
/// <param name="Rows">Candidate rows read (empty rows not counted).</param>
/// <param name="Registered">Candidates registered or updated.</param>
/// <param name="Enrolled">Candidates enrolled on a track.</param>
/// <param name="Problems">Every problem, by row and column; empty when the import succeeded.</param>
/// <param name="Candidates">Each row imported: new, already registered and unchanged, or already registered with what changed.</param>
public sealed record CandidateImportOutcome(int Rows, int Registered, int Enrolled, IReadOnlyList<SheetProblem> Problems, IReadOnlyList<ImportedCandidate>? Candidates = null)
{
    /// <summary>How many rows were new candidates.</summary>
    public int New => Candidates?.Count(c => c.Status == ImportedCandidate.NewStatus) ?? 0;

    /// <summary>How many rows named candidates already registered (changed or not).</summary>
    public int Existing => Candidates?.Count(c => c.Status != ImportedCandidate.NewStatus) ?? 0;
}
