namespace CertEngine.Contracts.Certificates;

/// <summary>The verifications counted on one day.</summary>
/// <param name="Day">The Beijing date.</param>
/// <param name="ByOutcome">Lookups per outcome (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>not_found</c>, <c>forged</c>); an outcome never seen is absent.</param>
[GenerateSerializer, Immutable, Alias("certengine.VerificationTally")]
public sealed record VerificationTally(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] IReadOnlyDictionary<string, long> ByOutcome)
{
    /// <summary>All lookups of the day.</summary>
    public long Total => ByOutcome.Values.Sum();
}
