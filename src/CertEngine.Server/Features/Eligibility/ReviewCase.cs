using CertEngine.Contracts.Candidates;
using CertEngine.Server.Features.Candidates;

namespace CertEngine.Server.Features.Eligibility;

/// <summary>One application waiting in the review queue, with what the reviewer needs: the evidence and the engine's decision.</summary>
/// <param name="ReviewId">The review's id (the approve and reject links carry it).</param>
/// <param name="TrackKey">The track applied to.</param>
/// <param name="CandidateId">The candidate's internal id (the candidate page's link), or empty.</param>
/// <param name="Name">The candidate's name.</param>
/// <param name="MaskedIdNumber">The ID number, masked.</param>
/// <param name="ConditionId">The route the engine found met at submission.</param>
/// <param name="ToCheck">The evidence the reviewer must check.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Evidence">The candidate's evidence now.</param>
/// <param name="Track">The track's routes checked against that evidence now, or <see langword="null"/> when it cannot be read.</param>
public sealed record ReviewCase(string ReviewId, string TrackKey, string CandidateId, string Name, string MaskedIdNumber, string ConditionId,
    IReadOnlyList<string> ToCheck, DateTimeOffset SubmittedAt, IReadOnlyList<EvidenceEntry> Evidence, TrackEligibilityView? Track);
