namespace CertEngine.Contracts.Banks;

/// <summary>The answer to publishing a bank's draft: the new version, or every problem that refused it (nothing was kept).</summary>
/// <param name="Version">The version published; null when refused.</param>
/// <param name="Problems">Every problem that stops publication; empty when published.</param>
/// <param name="Reason">Why it was refused; null when published.</param>
[GenerateSerializer, Immutable, Alias("certengine.BankPublishReply")]
public sealed record BankPublishReply(
    [property: Id(0)] PublishedBankInfo? Version,
    [property: Id(1)] IReadOnlyList<BankProblemInfo> Problems,
    [property: Id(3)] Refusal? Reason);
