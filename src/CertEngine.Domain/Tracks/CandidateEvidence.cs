namespace CertEngine.Domain.Tracks;

/// <summary>What a candidate submitted for 资格审核: the birth date (from the identity number) and the evidence items.</summary>
public sealed record CandidateEvidence(DateOnly BirthDate, IReadOnlyList<EvidenceItem> Items)
{
    /// <summary>The evidence items; their ids are unique.</summary>
    public IReadOnlyList<EvidenceItem> Items { get; } = Items.DistinctBy(i => i.Id, StringComparer.Ordinal).Count() == Items.Count
        ? Items
        : throw new ArgumentException("evidence ids must be unique", nameof(Items));
}
