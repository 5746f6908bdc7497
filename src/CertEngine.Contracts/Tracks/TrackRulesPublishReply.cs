using CertEngine.Contracts.Banks;

namespace CertEngine.Contracts.Tracks;

/// <summary>The answer to publishing track rules: the new version, or why not with every problem (nothing was kept).</summary>
/// <param name="Version">The version published; null when refused.</param>
/// <param name="Problems">Every problem that stops publication, by file and line; empty when published.</param>
/// <param name="Reason">Why it was refused; null when published.</param>
[GenerateSerializer, Immutable, Alias("certengine.TrackRulesPublishReply")]
public sealed record TrackRulesPublishReply(
    [property: Id(0)] TrackRulesVersionInfo? Version,
    [property: Id(1)] IReadOnlyList<BankProblemInfo> Problems,
    [property: Id(3)] Refusal? Reason);
