using CertEngine.Contracts;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Audit;

/// <summary>
/// When the silo is up: starts the anchoring reminder and moves the audit trails an older release kept in grain state
/// into the audit log (each trail's grain does it on activation; this activates every one still waiting). It runs in the
/// background and retries: while a whole cluster restarts, a grain call may meet a silo that is already gone, and that
/// must never stop this silo from starting.
/// </summary>
public sealed class AuditStartup(IGrainFactory grains, ILegacyAuditTrails legacy, ILogger<AuditStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);
    private const int Attempts = 30;
    private readonly CancellationTokenSource _stopping = new();
    private Task _work = Task.CompletedTask;

    /// <summary>The background work, for tests and an orderly stop.</summary>
    public Task Work => _work;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(AuditStartup), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _work = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _work.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        for (var attempt = 1; attempt <= Attempts && !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IAuditAnchorGrain>(IAuditAnchorGrain.Key).StartAsync();
                var subjects = await legacy.ListAsync(stopping);
                // A few at a time: an old store may hold thousands of trails, and the silo is already serving.
                await Parallel.ForEachAsync(subjects, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stopping },
                    async (subject, _) => await grains.GetGrain<IAuditTrailGrain>(subject).MigrateAsync());
                if (subjects.Count > 0)
                {
                    logger.LegacyTrailsMoved(subjects.Count);
                }

                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.StartupRetry(e, attempt);
                try
                {
                    await Task.Delay(RetryAfter, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
