using System.Threading.Channels;
using CertEngine.Storage;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Store;

/// <summary>
/// Probes the store in the background: every <see cref="StoreAvailabilityOptions.ProbeInterval"/> while it answers,
/// every <see cref="StoreAvailabilityOptions.OutageProbeInterval"/> during an outage, and at once when a request
/// failed on it. When the store returns it drops the pooled connections the outage broke, so the server recovers
/// by itself.
/// </summary>
public sealed class StoreAvailabilityMonitor(
    StorageProbe probe, StoreAvailability availability, TimeProvider clock, IOptions<StoreAvailabilityOptions> options) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a probe now instead of at the next interval (a request just failed on the store).</summary>
    public void ProbeSoon() => _wake.Writer.TryWrite(true);

    /// <summary>Probes once and records the outcome.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>What the probe found.</returns>
    public async Task<StorageProbeResult> ProbeNowAsync(CancellationToken cancellationToken)
    {
        var result = await probe.ProbeAsync(cancellationToken);
        if (result is StorageProbeResult.Down down)
        {
            availability.ReportDown(down.Reason);
        }
        else if (availability.ReportUp())
        {
            probe.ResetConnectionPools();
        }

        return result;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await ProbeNowAsync(stoppingToken);
            var interval = availability.IsDown ? options.Value.OutageProbeInterval : options.Value.ProbeInterval;
            using var wait = new CancellationTokenSource(interval, clock);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, stoppingToken);
            try
            {
                await _wake.Reader.ReadAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The interval passed without a request asking for an earlier probe: probe on schedule.
            }
        }
    }
}
