namespace CertEngine.Domain.Audit;

/// <summary>The newest record of one subject's chain: its sequence number and hash.</summary>
/// <param name="Subject">The chain.</param>
/// <param name="Sequence">The head's place in the chain, from 1.</param>
/// <param name="Hash">The head's hash.</param>
public sealed record AuditHead(string Subject, long Sequence, string Hash);
