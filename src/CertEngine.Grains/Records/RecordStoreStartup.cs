using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Grains.Audit;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Records;

/// <summary>
/// When the silo is up: starts the audit log's anchoring reminder and hands to the record store what an older release
/// kept only in grain state: its audit trails (into the chained audit log) and its certificates (into the certificates
/// table) and its candidates' profiles (into the candidates table), and writes the admission tickets of sittings scheduled
/// before the tickets table (<see cref="SittingTicketBackfill"/>). Each grain does its own move on activation; this activates every one still waiting. It runs in the background
/// and retries: while a whole cluster restarts, a grain call may meet a silo that is already gone, and that must never
/// stop this silo from starting.
/// </summary>
public sealed class RecordStoreStartup(
    IGrainFactory grains, ILegacyAuditTrails legacy, IUnrecordedGrains unrecorded, SittingTicketBackfill tickets, ILogger<RecordStoreStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);
    private const int Attempts = 30;
    private readonly CancellationTokenSource _stopping = new();
    private Task _work = Task.CompletedTask;

    /// <summary>The background work, for tests and an orderly stop.</summary>
    public Task Work => _work;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(RecordStoreStartup), ServiceLifecycleStage.Active, StartAsync, StopAsync);

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

                var certificates = await HandOverAsync(unrecorded.CertificatesAsync, number => grains.GetGrain<ICertificateGrain>(number).GetAsync(), stopping);
                var candidates = await HandOverAsync(unrecorded.CandidatesAsync, id => grains.GetGrain<ICandidateGrain>(id).GetAsync(), stopping);
                if (certificates + candidates > 0)
                {
                    logger.LegacyRecordsMoved(certificates, candidates);
                }

                if (await tickets.RunAsync(stopping) is { Tickets: > 0 } backfilled)
                {
                    logger.TicketsBackfilled(backfilled.Tickets, backfilled.Sittings);
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

    // Pages of keys until none is left: an activated grain stores its facts, which takes it off the list. A page that
    // comes back unchanged (the record store refuses them) ends the loop: the grains' outbox reminders retry them.
    private static async Task<int> HandOverAsync(Func<int, CancellationToken, Task<IReadOnlyList<string>>> list, Func<string, Task> activate, CancellationToken stopping)
    {
        const int Page = 500;
        var moved = 0;
        IReadOnlyList<string> previous = [];
        while (await list(Page, stopping) is { Count: > 0 } keys && !keys.SequenceEqual(previous))
        {
            await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stopping }, async (key, _) => await activate(key));
            moved += keys.Count;
            previous = keys;
        }

        return moved;
    }
}
