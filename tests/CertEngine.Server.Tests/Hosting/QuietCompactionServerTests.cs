using System.Diagnostics.Metrics;
using System.Runtime;
using CertEngine.Contracts.Certificates;
using CertEngine.Server.Hosting.Memory;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>Tests that read process-wide meters, so no other test's silo may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeters
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process-wide meters";
}

/// <summary>The server compacts its own heap, counting the silo's activations from Orleans' meter.</summary>
[Collection(ProcessWideMeters.Name)]
public sealed class QuietCompactionServerTests
{
    [Fact]
    public async Task Server_RunsIt_CountingActivationsThatComeAndGo_AsOrleansReportsThem()
    {
        await using var host = new ApiHost();
        _ = host.Server;
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is QuietCompactionService);
        var heap = Assert.IsType<RuntimeManagedHeap>(host.Services.GetRequiredService<IManagedHeap>());
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var before = heap.Activations;
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => grains.GetGrain<ICertificateGrain>($"QC-2026-{i:0000000}").GetAsync()));
        var activated = heap.Activations;
        Assert.True(activated - before >= 50, $"{activated - before} activations counted for 50 grains");

        // Idle grains let go, as Orleans' collector does after their idle age.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        for (var tries = 0; tries < 100 && activated - heap.Activations < 50; tries++)
        {
            await Task.Delay(100);
        }

        Assert.True(activated - heap.Activations >= 50, $"{activated - heap.Activations} activations counted as gone");
    }

    [Fact]
    public void RuntimeHeap_AddsIntAndLongCounts_OfOrleansMeterOnly()
    {
        using var heap = new RuntimeManagedHeap();
        using var orleans = new Meter(RuntimeManagedHeap.OrleansMeter);
        using var other = new Meter("Not.Orleans");
        var created = orleans.CreateCounter<int>("orleans-catalog-activation-created");
        var destroyed = orleans.CreateCounter<long>("orleans-catalog-activation-destroyed");
        var elsewhere = other.CreateCounter<int>("orleans-catalog-activation-created");

        var before = heap.Activations;
        created.Add(1_000_000);
        elsewhere.Add(5_000_000);
        Assert.Equal(1_000_000, heap.Activations - before);
        destroyed.Add(400_000);
        Assert.Equal(600_000, heap.Activations - before);
    }

    [Fact]
    public void RuntimeHeap_CompactsEveryGeneration_AndLeavesTheLargeObjectHeapSettingAsItWas()
    {
        using var heap = new RuntimeManagedHeap();
        var gen2 = GC.CollectionCount(2);

        heap.CompactAndRelease();

        Assert.True(GC.CollectionCount(2) > gen2);
        Assert.Equal(GCLargeObjectHeapCompactionMode.Default, GCSettings.LargeObjectHeapCompactionMode);
        Assert.True(heap.CommittedBytes > 0);
    }
}
