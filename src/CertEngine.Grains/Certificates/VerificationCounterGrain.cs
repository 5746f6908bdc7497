using System.Globalization;
using CertEngine.Contracts.Certificates;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The per-silo verification counter: counts in memory, by Beijing day and outcome, and adds them to each day's
/// <see cref="IVerificationTallyGrain"/> on a timer and when it is deactivated.
/// </summary>
[StatelessWorker(1)]
public sealed class VerificationCounterGrain(TimeProvider clock, IOptions<VerificationCounterOptions> options, ILogger<VerificationCounterGrain> logger)
    : Grain, IVerificationCounterGrain
{
    private Dictionary<DateOnly, Dictionary<string, long>> _pending = [];

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.FlushSeconds));
        this.RegisterGrainTimer(_ => FlushAsync(), new GrainTimerCreationOptions(period, period));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            return FlushAsync();
        }

        // A stopping silo places no new activation: handing over to a tally grain not active here would only wait on
        // placement retries and hold the shutdown up. Say how many lookups go uncounted instead (at most one period's).
        if (_pending.Count > 0)
        {
            logger.UncountedAtShutdown(_pending.Values.Sum(counts => counts.Values.Sum()));
            _pending = [];
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordAsync(string outcome)
    {
        var day = ChinaTime.Today(clock);
        if (!_pending.TryGetValue(day, out var counts))
        {
            counts = new Dictionary<string, long>(StringComparer.Ordinal);
            _pending[day] = counts;
        }

        counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task FlushAsync()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // Swap first: lookups counted while the tally writes go into the next hand-over.
        var batch = _pending;
        _pending = [];
        foreach (var (day, counts) in batch)
        {
            await GrainFactory.GetGrain<IVerificationTallyGrain>(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddAsync(counts);
        }
    }
}
