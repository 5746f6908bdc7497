namespace CertEngine.Grains.Certificates;

/// <summary>One day's verification counts by outcome.</summary>
[GenerateSerializer, Alias("certengine.VerificationTallyState")]
public sealed class VerificationTallyState
{
    /// <summary>Lookups per outcome.</summary>
    [Id(0)] public Dictionary<string, long> ByOutcome { get; set; } = new(StringComparer.Ordinal);
}
