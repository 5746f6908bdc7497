using CertEngine.Storage;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Store;

/// <summary>
/// Whether the store (the SQLite file or the PostgreSQL database) is known to be down, and since when. Changes only
/// at the edges of an outage, each logged once: one line when it starts, one when it ends, however many requests
/// arrive in between.
/// </summary>
public sealed class StoreAvailability(StorageSettings settings, TimeProvider clock, IOptions<StoreAvailabilityOptions> options, ILogger<StoreAvailability> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _downSince;

    /// <summary>Whether the last probe found the store down.</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _downSince is not null;
            }
        }
    }

    /// <summary>When the current outage was first seen, or <see langword="null"/> while the store answers.</summary>
    public DateTimeOffset? DownSince
    {
        get
        {
            lock (_gate)
            {
                return _downSince;
            }
        }
    }

    /// <summary>Records a failed probe; the first one of an outage is logged.</summary>
    /// <param name="reason">The driver's message (never a connection string).</param>
    public void ReportDown(string reason)
    {
        lock (_gate)
        {
            if (_downSince is not null)
            {
                return;
            }

            _downSince = clock.GetUtcNow();
        }

        logger.StoreDown(settings.ToString(), reason, options.Value.OutageProbeInterval);
    }

    /// <summary>Records a successful probe.</summary>
    /// <returns>Whether this ends an outage (logged once).</returns>
    public bool ReportUp()
    {
        TimeSpan outage;
        lock (_gate)
        {
            if (_downSince is not { } since)
            {
                return false;
            }

            outage = clock.GetUtcNow() - since;
            _downSince = null;
        }

        logger.StoreBack(settings.ToString(), outage);
        return true;
    }
}
