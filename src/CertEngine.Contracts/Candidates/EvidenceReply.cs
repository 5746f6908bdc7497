namespace CertEngine.Contracts.Candidates;

/// <summary>The answer to adding or editing evidence: the reply and, when accepted, the evidence id.</summary>
[GenerateSerializer, Immutable, Alias("certengine.EvidenceReply")]
public sealed record EvidenceReply([property: Id(0)] CommandReply Reply, [property: Id(1)] string? EvidenceId);
