using System.Globalization;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// Counts this server's public certificate lookups in memory, by Beijing day and outcome, and hands them to the day's
/// durable <see cref="IVerificationTallyGrain"/> every <see cref="VerificationCounterOptions.FlushSeconds"/> seconds and
/// once more when the server stops. A lookup only takes a lock and adds one: no grain call, no message, no thread hop,
/// so counting costs the verify endpoint nearly nothing (docs/performance.md). The host stops this service before the
/// silo (hosted services stop in reverse order of registration, and this one is registered after Orleans), so the last
/// period's counts still reach the tally at an orderly shutdown. A hand-over that fails keeps its counts for the next one;
/// only a crash loses counts, at most one period's, which a statistic can bear.
/// </summary>
public sealed class VerificationCounts(
    IGrainFactory grains, TimeProvider clock, IOptions<VerificationCounterOptions> options, ILogger<VerificationCounts> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _handOver = new(1, 1);
    private Dictionary<DateOnly, Dictionary<string, long>> _pending = [];
    private ITimer? _timer;

    /// <summary>Counts one lookup by its outcome (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>not_found</c>, <c>forged</c>).</summary>
    public void Record(string outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var day = ChinaTime.Today(clock);
        lock (_gate)
        {
            if (!_pending.TryGetValue(day, out var counts))
            {
                counts = new Dictionary<string, long>(StringComparer.Ordinal);
                _pending[day] = counts;
            }

            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }
    }

    /// <summary>Hands the counts gathered so far to the tally grains now; on failure they wait for the next hand-over.</summary>
    /// <returns>False when a tally could not be reached (the counts are kept).</returns>
    public async Task<bool> FlushAsync()
    {
        await _handOver.WaitAsync();
        try
        {
            Dictionary<DateOnly, Dictionary<string, long>> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    return true;
                }

                // Swap first: lookups counted while the tally writes go into the next hand-over.
                batch = _pending;
                _pending = [];
            }

            var handedOver = true;
            foreach (var (day, counts) in batch)
            {
                try
                {
                    await grains.GetGrain<IVerificationTallyGrain>(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddAsync(counts);
                    logger.HandedOver(day, counts.Values.Sum());
                }
                catch (Exception e)
                {
                    logger.TallyUnreachable(e, day, counts.Values.Sum());
                    Restore(day, counts);
                    handedOver = false;
                }
            }

            return handedOver;
        }
        finally
        {
            _handOver.Release();
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.FlushSeconds);
        _timer = clock.CreateTimer(_ => _ = FlushAsync(), null, period, period);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
            _timer = null;
        }

        if (!await FlushAsync())
        {
            long uncounted;
            lock (_gate)
            {
                uncounted = _pending.Values.Sum(counts => counts.Values.Sum());
            }

            logger.UncountedAtShutdown(uncounted);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        _handOver.Dispose();
    }

    private void Restore(DateOnly day, Dictionary<string, long> counts)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(day, out var current))
            {
                current = new Dictionary<string, long>(StringComparer.Ordinal);
                _pending[day] = current;
            }

            foreach (var (outcome, count) in counts)
            {
                current[outcome] = current.GetValueOrDefault(outcome) + count;
            }
        }
    }
}
