using CertEngine.Contracts.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>A candidate's eligibility evidence (申报材料) and their standing on each track of interest.</summary>
/// <param name="BirthDate">The birth date (dates before it are refused).</param>
/// <param name="Items">The evidence, in the order added.</param>
/// <param name="Tracks">The tracks enrolled in, applied to, or asked about.</param>
/// <param name="Revision">The evidence file's revision.</param>
public sealed record EvidenceOverview(DateOnly BirthDate, IReadOnlyList<EvidenceEntry> Items, IReadOnlyList<TrackEligibilityView> Tracks, int Revision);
