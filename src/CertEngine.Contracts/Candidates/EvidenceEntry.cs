namespace CertEngine.Contracts.Candidates;

/// <summary>One piece of a candidate's eligibility evidence as kept (申报材料), and whether a reviewer has confirmed it.</summary>
/// <param name="Evidence">The evidence; its id is unique within the candidate's file.</param>
/// <param name="Confirmed">True once a reviewer approved an application resting on it (资格审核通过); an edit clears it.</param>
/// <param name="SavedAt">When it was added or last edited.</param>
/// <param name="SavedBy">Who added or last edited it.</param>
/// <param name="ConfirmedBy">The reviewer who confirmed it, or <see langword="null"/>.</param>
[GenerateSerializer, Immutable, Alias("certengine.EvidenceEntry")]
public sealed record EvidenceEntry(
    [property: Id(0)] Evidence Evidence,
    [property: Id(1)] bool Confirmed,
    [property: Id(2)] DateTimeOffset SavedAt,
    [property: Id(3)] string SavedBy,
    [property: Id(4)] string? ConfirmedBy);
