using CertEngine.Contracts.Tracks;

namespace CertEngine.Server.Features.Certificates;

/// <summary>How issuing one candidate's certificate in a batch ended.</summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Outcome">Issued, already issued, not ready or refused.</param>
/// <param name="Number">The certificate number when the candidate holds one.</param>
/// <param name="Words">Why it was refused, in both languages, Chinese first; null when the candidate holds the certificate.</param>
/// <param name="Candidate">The candidate's row key on the 发证 page (<see cref="Results.CandidateRowKeys"/>).</param>
public sealed record IssueLine(string IdNumber, IssueOutcome Outcome, string? Number, string? Words, string Candidate = "");
