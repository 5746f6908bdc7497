namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// What a candidate import did. With any <see cref="Problems"/> nothing was registered (<see cref="Registered"/> is 0);
/// otherwise every row was registered and every row naming a track enrolled.
/// </summary>
/// <param name="Rows">Candidate rows read (empty rows not counted).</param>
/// <param name="Registered">Candidates registered or updated.</param>
/// <param name="Enrolled">Candidates enrolled on a track.</param>
/// <param name="Problems">Every problem, by row and column; empty when the import succeeded.</param>
public sealed record CandidateImportOutcome(int Rows, int Registered, int Enrolled, IReadOnlyList<SheetProblem> Problems);
