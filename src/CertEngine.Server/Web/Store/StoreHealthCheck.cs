using CertEngine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CertEngine.Server.Web.Store;

/// <summary>The store part of <c>/healthz</c>: probes the database now, so the answer is never stale.</summary>
public sealed class StoreHealthCheck(StoreAvailabilityMonitor monitor) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await monitor.ProbeNowAsync(cancellationToken) is StorageProbeResult.Down down
            ? HealthCheckResult.Unhealthy("存储不可用 (store unavailable): " + down.Reason)
            : HealthCheckResult.Healthy();
}
