using CertEngine.Contracts.Security;

namespace CertEngine.Grains.Security;

/// <summary>The stored security events, oldest first; never more than <see cref="ISecurityEventLogGrain.Capacity"/>.</summary>
[GenerateSerializer, Alias("certengine.SecurityEventLogState")]
public sealed class SecurityEventLogState
{
    /// <summary>Rolled-up events, oldest first.</summary>
    [Id(0)] public List<SecurityEvent> Events { get; set; } = [];

    /// <summary>How many events were dropped to keep the log within its capacity, since it began.</summary>
    [Id(1)] public long Dropped { get; set; }
}
