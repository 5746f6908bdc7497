namespace CertEngine.Server.Hosting.Memory;

/// <summary>What the server reads of its heap at each check: time, bytes allocated since it started, grain activations.</summary>
/// <param name="At">Monotonic time of the reading.</param>
/// <param name="AllocatedBytes">Bytes the process has allocated on the managed heap since it started.</param>
/// <param name="Activations">Grain activations on this silo, counted from when the server began watching: only changes matter.</param>
public readonly record struct HeapReading(TimeSpan At, long AllocatedBytes, long Activations);

/// <summary>
/// Decides when a quiet server compacts its heap. The server is quiet while it allocates less than
/// <see cref="QuietCompactionOptions.QuietBelowMegabytesPerSecond"/>; a compaction is worth doing once enough was
/// allocated since the last one (<see cref="QuietCompactionOptions.ArmAfterMegabytesAllocated"/>: garbage that may have
/// reached the oldest generation) or enough grains left (<see cref="QuietCompactionOptions.ArmAfterActivationsLeft"/>:
/// their state is garbage there). It compacts when both hold, the quiet having lasted
/// <see cref="QuietCompactionOptions.QuietFor"/>; then not again until more work has been done. A busy server is never
/// paused by it; an idle one compacts about every 40 minutes (its own timers and metric scrapes allocate about 0.1 MB a
/// second), a pause of a few hundred milliseconds that nobody waits on.
/// </summary>
public sealed class QuietCompaction(QuietCompactionOptions options)
{
    private HeapReading? _last;
    private TimeSpan? _quietSince;
    private long _allocatedAtCompaction;
    private long _mostActivations = long.MinValue;

    /// <summary>Takes a reading; true when the heap should be compacted now.</summary>
    public bool Observe(HeapReading reading)
    {
        if (_last is { } last && reading.At > last.At)
        {
            var rate = (reading.AllocatedBytes - last.AllocatedBytes) / (reading.At - last.At).TotalSeconds;
            _quietSince = rate < options.QuietBelowMegabytesPerSecond * 1024 * 1024 ? _quietSince ?? last.At : null;
        }

        _last = reading;
        _mostActivations = Math.Max(_mostActivations, reading.Activations);
        return _quietSince is { } since && reading.At - since >= options.QuietFor && Armed(reading);
    }

    /// <summary>Records a compaction finished at <paramref name="after"/>: the next one waits for more work.</summary>
    public void Compacted(HeapReading after)
    {
        _allocatedAtCompaction = after.AllocatedBytes;
        _mostActivations = after.Activations;

        // The compaction's own allocations and time do not count against the quiet: the next reading measures from here.
        _last = after;
    }

    private bool Armed(HeapReading reading) =>
        reading.AllocatedBytes - _allocatedAtCompaction >= options.ArmAfterMegabytesAllocated * 1024L * 1024
        || _mostActivations - reading.Activations >= options.ArmAfterActivationsLeft;
}
