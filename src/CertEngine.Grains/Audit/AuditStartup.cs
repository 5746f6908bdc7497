using CertEngine.Contracts;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Audit;

/// <summary>
/// When the silo is up: starts the anchoring reminder and moves the audit trails an older release kept in grain state
/// into the audit log (each trail's grain does it on activation; this activates every one still waiting).
/// </summary>
public sealed class AuditStartup(IGrainFactory grains, ILegacyAuditTrails legacy, ILogger<AuditStartup> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(AuditStartup), ServiceLifecycleStage.Active, StartAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IAuditAnchorGrain>(IAuditAnchorGrain.Key).StartAsync();
        var subjects = await legacy.ListAsync(cancellationToken);
        // A few at a time: an old store may hold thousands of trails, and the silo is already serving.
        await Parallel.ForEachAsync(subjects, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (subject, _) => await grains.GetGrain<IAuditTrailGrain>(subject).MigrateAsync());
        if (subjects.Count > 0)
        {
            logger.LegacyTrailsMoved(subjects.Count);
        }
    }
}
