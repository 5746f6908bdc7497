using CertEngine.Server.Hosting.Memory;
using CertEngine.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>
/// A quiet server compacts its heap once after work (an import, a morning's check-ins, grains leaving), never while it is
/// busy, and not again until more work was done.
/// </summary>
public sealed class QuietCompactionTests
{
    private const long MB = 1024 * 1024;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    // Readings every 5 s from the given per-step allocations (MB) and activation counts.
    private static List<bool> Run(QuietCompaction policy, IEnumerable<(double Megabytes, long Activations)> steps)
    {
        var decisions = new List<bool>();
        var (at, allocated) = (TimeSpan.Zero, 0L);
        foreach (var (megabytes, activations) in steps)
        {
            at += Step;
            allocated += (long)(megabytes * MB);
            var reading = new HeapReading(at, allocated, activations);
            var compact = policy.Observe(reading);
            decisions.Add(compact);
            if (compact)
            {
                policy.Compacted(reading);
            }
        }

        return decisions;
    }

    private static IEnumerable<(double, long)> Repeat(int steps, double megabytes, long activations) =>
        Enumerable.Repeat((megabytes, activations), steps);

    [Fact]
    public void Observe_QuietAfterAnImport_CompactsOnceWhenTheQuietHasLastedThirtySeconds()
    {
        // Two minutes at 300 MB/s, then an hour at 0.1 MB/s (an idle server's metric scrapes and timers).
        var decisions = Run(new QuietCompaction(new QuietCompactionOptions()), [.. Repeat(24, 1500, 80_000), .. Repeat(720, 0.5, 80_000)]);

        // The first quiet step begins at the 24th reading; 30 s (six steps) later it compacts.
        Assert.Equal(24 + 6 - 1, decisions.IndexOf(true));
        Assert.Single(decisions.Take(24 + 500), d => d);
    }

    [Fact]
    public void Observe_WhileAnExamRuns_NeverCompacts()
    {
        // A sitting of thousands allocates 70–300 MB a second; one of a few hundred still more than 1 MB a second.
        var busy = Enumerable.Range(0, 2_000).Select(i => (i % 7 == 0 ? 6.0 : 700.0, 40_000L));

        Assert.DoesNotContain(true, Run(new QuietCompaction(new QuietCompactionOptions()), busy));
    }

    [Fact]
    public void Observe_GrainsLeavingAQuietServer_CompactAgainAtOnce_AFewDoNot()
    {
        // After setup: compacted once; five minutes later Orleans lets 25,000 of setup's grains go, all in one collection.
        var steps = new List<(double, long)>([.. Repeat(24, 1500, 84_000), .. Repeat(60, 0.5, 84_000), .. Repeat(12, 0.5, 59_000)]);
        var decisions = Run(new QuietCompaction(new QuietCompactionOptions()), steps);

        Assert.Equal([29, 84], decisions.Select((d, i) => (d, i)).Where(x => x.d).Select(x => x.i));

        var few = Run(new QuietCompaction(new QuietCompactionOptions()), [.. Repeat(24, 1500, 84_000), .. Repeat(60, 0.5, 84_000), .. Repeat(12, 0.5, 83_001)]);
        Assert.Single(few, d => d);
    }

    [Fact]
    public void Observe_AServerThatNeverWorked_WaitsUntilEnoughWasAllocated()
    {
        // 0.5 MB a step is 0.1 MB/s: quiet, but 256 MB takes 512 steps (about 43 minutes).
        var decisions = Run(new QuietCompaction(new QuietCompactionOptions()), Repeat(600, 0.5, 10));

        Assert.Equal(511, decisions.IndexOf(true));
    }

    /// <summary>
    /// Whatever the load, it compacts exactly when the last <c>QuietFor</c> was quiet and, since the compaction before,
    /// at least 256 MB were allocated or at least 1,000 activations left.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Observe_CompactsExactlyWhenQuietAfterWork()
    {
        var step = Gen.Frequency((3, Gen.Choose(0, 4).Select(n => n / 2.0)), (1, Gen.Choose(5, 3_000).Select(n => (double)n)));
        var activations = Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(-3_000, 3_000)));
        var load = Gen.Zip(step, activations).ListOf().Select(l => l.ToList());
        return Prop.ForAll(load.ToArbitrary(), steps =>
        {
            var options = new QuietCompactionOptions();
            var count = 50_000L;
            var path = steps.Select(s => (s.Item1, count = Math.Max(0, count + s.Item2))).ToList();
            var decisions = Run(new QuietCompaction(options), path);
            var needQuiet = (int)(options.QuietFor / Step);
            var (allocatedAtLast, mostSinceLast, allocated) = (0.0, 0L, 0.0);
            for (var i = 0; i < path.Count; i++)
            {
                allocated += path[i].Item1;
                mostSinceLast = Math.Max(mostSinceLast, path[i].Item2);

                // The first reading has no rate: quiet is measured between readings, so from the second on.
                var quiet = i >= needQuiet && path.Skip(i - needQuiet + 1).Take(needQuiet).All(s => s.Item1 / Step.TotalSeconds < 1);
                var worked = allocated - allocatedAtLast >= 256 || mostSinceLast - path[i].Item2 >= 1_000;
                if (decisions[i] != (quiet && worked))
                {
                    return false;
                }

                if (decisions[i])
                {
                    (allocatedAtLast, mostSinceLast) = (allocated, path[i].Item2);
                }
            }

            return true;
        });
    }

    private sealed class FakeHeap : IManagedHeap
    {
        public long AllocatedBytes { get; set; }

        public long Activations { get; set; }

        public long CommittedBytes { get; private set; } = 900 * MB;

        public int Compactions { get; private set; }

        public void CompactAndRelease()
        {
            Compactions++;
            CommittedBytes = 600 * MB;
        }
    }

    [Fact]
    public async Task Service_CompactsTheQuietHeap_CountsAndLogsIt_AndSleepsWhenTurnedOff()
    {
        var clock = new FakeTimeProvider();
        var heap = new FakeHeap { AllocatedBytes = 4_000 * MB, Activations = 84_000 };
        var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var service = new QuietCompactionService(heap, clock, Options.Create(new QuietCompactionOptions()), factory.CreateLogger<QuietCompactionService>());
        var logged = logs.LineAsync(l => l.Contains("compacted its heap", StringComparison.Ordinal));
        await service.StartAsync(CancellationToken.None);

        // The loop runs on its own: the clock moves a step at a time until it has compacted (the first reading has no
        // rate; six quiet steps later it compacts).
        for (var steps = 0; steps < 100 && heap.Compactions == 0; steps++)
        {
            clock.Advance(Step);
            await Task.WhenAny(logged, Task.Delay(20));
        }

        Assert.Equal(1, heap.Compactions);
        Assert.Contains("900 MB → 600 MB committed", await logged, StringComparison.Ordinal);
        for (var steps = 0; steps < 50; steps++)
        {
            clock.Advance(Step);
            await Task.Delay(2);
        }

        Assert.Equal(1, heap.Compactions);
        await service.StopAsync(CancellationToken.None);

        var off = new FakeHeap { AllocatedBytes = 4_000 * MB };
        using var sleeping = new QuietCompactionService(off, clock, Options.Create(new QuietCompactionOptions { CompactWhenQuiet = false }), factory.CreateLogger<QuietCompactionService>());
        await sleeping.StartAsync(CancellationToken.None);
        for (var steps = 0; steps < 50; steps++)
        {
            clock.Advance(Step);
            await Task.Delay(2);
        }

        Assert.Equal(0, off.Compactions);
        await sleeping.StopAsync(CancellationToken.None);
    }
}
