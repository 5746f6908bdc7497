using System.Diagnostics;
using System.Diagnostics.Metrics;
using CertEngine.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Memory;

/// <summary>
/// Looks at the heap every <see cref="QuietCompactionOptions.CheckEvery"/> and compacts it when
/// <see cref="QuietCompaction"/> says the server is quiet after work (docs/operations.md "Memory"). Counted at
/// <c>/metrics</c> as <c>certengine_memory_quiet_compactions_total</c> and logged (event 7345).
/// </summary>
public sealed partial class QuietCompactionService(
    IManagedHeap heap, TimeProvider clock, IOptions<QuietCompactionOptions> options, ILogger<QuietCompactionService> logger) : BackgroundService
{
    private static readonly Counter<long> Compactions = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.memory.quiet_compactions", "{compaction}", "Heap compactions of a quiet server (CertEngine:Memory)");

    private static readonly Counter<long> Released = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.memory.quiet_compaction_released", "By", "Memory the quiet compactions gave back to the operating system");

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.CompactWhenQuiet)
        {
            return;
        }

        var policy = new QuietCompaction(settings);
        var started = clock.GetTimestamp();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(settings.CheckEvery, clock, stoppingToken);
                if (policy.Observe(Read(started)))
                {
                    policy.Compacted(Compact(started));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private HeapReading Read(long started) => new(clock.GetElapsedTime(started), heap.AllocatedBytes, heap.Activations);

    private HeapReading Compact(long started)
    {
        var before = heap.CommittedBytes;
        var watch = Stopwatch.StartNew();
        heap.CompactAndRelease();
        var after = heap.CommittedBytes;
        Compactions.Add(1);
        Released.Add(Math.Max(0, before - after));
        Compacted(logger, before / 1048576, after / 1048576, watch.ElapsedMilliseconds);
        return Read(started);
    }

    [LoggerMessage(EventId = 7345, Level = LogLevel.Information, Message =
        "服务器空闲，已整理内存：占用 {Before} MB → {After} MB，用时 {Milliseconds} ms (the server was quiet and compacted its heap: {Before} MB → {After} MB committed, in {Milliseconds} ms)")]
    private static partial void Compacted(ILogger logger, long before, long after, long milliseconds);
}
