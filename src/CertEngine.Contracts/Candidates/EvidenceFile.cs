namespace CertEngine.Contracts.Candidates;

/// <summary>A candidate's eligibility evidence (申报材料) and their applications that went through review (资格审核).</summary>
/// <param name="BirthDate">The candidate's birth date (from the ID number), or default when not registered.</param>
/// <param name="Items">The evidence, in the order added.</param>
/// <param name="Applications">One per track applied to through review, newest decision kept.</param>
/// <param name="Revision">Raised by every change to the evidence.</param>
[GenerateSerializer, Immutable, Alias("certengine.EvidenceFile")]
public sealed record EvidenceFile(
    [property: Id(0)] DateOnly BirthDate,
    [property: Id(1)] IReadOnlyList<EvidenceEntry> Items,
    [property: Id(2)] IReadOnlyList<EligibilityApplication> Applications,
    [property: Id(3)] int Revision);
