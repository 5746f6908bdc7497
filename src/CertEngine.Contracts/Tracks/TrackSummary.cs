namespace CertEngine.Contracts.Tracks;

/// <summary>
/// A certification track as opened: its key, the bank version and track rules version (0 = the shipped file) it is pinned
/// to, components and counts.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.TrackSummary")]
public sealed record TrackSummary(
    [property: Id(0)] string Key,
    [property: Id(1)] string Title,
    [property: Id(2)] string BankId,
    [property: Id(3)] int BankVersion,
    [property: Id(4)] IReadOnlyList<TrackComponentInfo> Components,
    [property: Id(5)] int Enrolled,
    [property: Id(6)] int CertificatesIssued,
    [property: Id(7)] string MultipleChoicePolicy,
    [property: Id(8)] int RulesVersion = 0);
