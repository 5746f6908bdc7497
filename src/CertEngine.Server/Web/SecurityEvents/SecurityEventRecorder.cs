using CertEngine.Contracts.Security;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>
/// Records this server's security events in memory, rolling repeats up as they come (same kind, actor, subject and
/// source), and hands them to the cluster's <see cref="ISecurityEventLogGrain"/> every few seconds and once more when the
/// server stops. Recording takes a lock and a dictionary update, so a flood of refused requests costs the server nearly
/// nothing and the log grain one write per period per server. The pending set is bounded: past
/// <see cref="SecurityEventOptions.MaxPending"/> distinct events, further ones are only counted, as one
/// <see cref="SecurityEventKind.Overflow"/> event.
/// </summary>
public sealed class SecurityEventRecorder(
    IGrainFactory grains, TimeProvider clock, IOptions<SecurityEventOptions> options, ILogger<SecurityEventRecorder> logger)
    : IHostedService, IAsyncDisposable
{
    private const int MaxActor = 64, MaxSubject = 200, MaxSource = 64;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _handOver = new(1, 1);
    private Dictionary<(SecurityEventKind, string, string, string), SecurityEvent> _pending = [];
    private long _overflow;
    private ITimer? _timer;

    /// <summary>Records one event now.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="actor">A staff user name or admission ticket; empty when anonymous.</param>
    /// <param name="subject">What it was about (a path, a sitting, a certificate number).</param>
    /// <param name="source">The client address.</param>
    public void Record(SecurityEventKind kind, string? actor, string? subject, string? source)
    {
        var now = clock.GetUtcNow();
        var key = (kind, Cut(actor, MaxActor), Cut(subject, MaxSubject), Cut(source, MaxSource));
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out var held))
            {
                _pending[key] = held with { LastAt = now, Count = held.Count == int.MaxValue ? held.Count : held.Count + 1 };
            }
            else if (_pending.Count < options.Value.MaxPending)
            {
                _pending[key] = new SecurityEvent(kind, now, now, 1, key.Item2, key.Item3, key.Item4);
            }
            else
            {
                _overflow++;
            }
        }
    }

    /// <summary>Records one event of <paramref name="http"/>'s caller: the signed-in user's name, the request's address.</summary>
    public void Record(SecurityEventKind kind, HttpContext http, string? subject = null, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        Record(kind, actor ?? http.User.Identity?.Name ?? "", subject ?? http.Request.Path.Value, http.Connection.RemoteIpAddress?.ToString());
    }

    /// <summary>Hands the events recorded so far to the log now; on failure they wait for the next hand-over.</summary>
    /// <returns>False when the log could not be reached (the events are kept).</returns>
    public async Task<bool> FlushAsync()
    {
        await _handOver.WaitAsync();
        try
        {
            List<SecurityEvent> batch;
            lock (_gate)
            {
                if (_pending.Count == 0 && _overflow == 0)
                {
                    return true;
                }

                batch = [.. _pending.Values.OrderBy(e => e.FirstAt)];
                if (_overflow > 0)
                {
                    var now = clock.GetUtcNow();
                    batch.Add(new SecurityEvent(SecurityEventKind.Overflow, now, now, (int)Math.Min(int.MaxValue, _overflow), "", "", ""));
                }

                _pending = [];
                _overflow = 0;
            }

            try
            {
                await grains.GetGrain<ISecurityEventLogGrain>(ISecurityEventLogGrain.Key).AppendAsync(batch);
                foreach (var e in batch)
                {
                    logger.SecurityEvent(e.Kind, e.Count, e.Actor, e.Subject, e.Source);
                }

                return true;
            }
            catch (Exception e)
            {
                logger.LogUnreachable(e, batch.Count);
                Restore(batch);
                return false;
            }
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
        // Real time, not the exam clock: a test's simulated clock must not hold events back.
        _timer = TimeProvider.System.CreateTimer(_ => _ = FlushAsync(), null, period, period);
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
            lock (_gate)
            {
                logger.LostAtShutdown(_pending.Count);
            }
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

    private void Restore(List<SecurityEvent> batch)
    {
        lock (_gate)
        {
            foreach (var e in batch)
            {
                if (e.Kind == SecurityEventKind.Overflow)
                {
                    _overflow += e.Count;
                    continue;
                }

                var key = (e.Kind, e.Actor, e.Subject, e.Source);
                if (_pending.TryGetValue(key, out var held))
                {
                    _pending[key] = held with { FirstAt = e.FirstAt, Count = (int)Math.Min(int.MaxValue, (long)held.Count + e.Count) };
                }
                else if (_pending.Count < options.Value.MaxPending)
                {
                    _pending[key] = e;
                }
                else
                {
                    _overflow += e.Count;
                }
            }
        }
    }

    private static string Cut(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..max];
}
