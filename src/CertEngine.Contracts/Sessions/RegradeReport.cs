namespace CertEngine.Contracts.Sessions;

/// <summary>
/// A regrade of a sitting: the corrected bank version, whether it was a dry run, and every score that changes; or, when
/// refused, why (<see cref="Reason"/>, null when it ran).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.RegradeReport")]
public sealed record RegradeReport(
    [property: Id(0)] int FromVersion,
    [property: Id(1)] int ToVersion,
    [property: Id(2)] bool DryRun,
    [property: Id(3)] IReadOnlyList<string> CorrectedItems,
    [property: Id(4)] IReadOnlyList<RegradeLine> Changes,
    [property: Id(6)] Refusal? Reason);
