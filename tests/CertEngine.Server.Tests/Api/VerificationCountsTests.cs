using System.Globalization;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain;
using CertEngine.Server.Features.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// <see cref="VerificationCounts"/>: lookups are counted in memory and reach the day's durable tally on the server's
/// clock every flush period, and once more when the server stops.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class VerificationCountsTests(ApiHost host)
{
    [Fact]
    public async Task Record_OneFlushPeriodLater_ReachesTheDaysTallyWithoutAnExplicitFlush()
    {
        var counts = await CountsAsync();
        var before = await CountAsync("revoked");

        counts.Record("revoked");
        counts.Record("revoked");
        var handedOver = host.LoggedAsync(line => line.Contains("2 certificate lookups handed to the verification tally", StringComparison.Ordinal), onlyNew: true);
        host.Clock.Advance(TimeSpan.FromSeconds(new VerificationCounterOptions().FlushSeconds));
        await handedOver;

        Assert.Equal(before + 2, await CountAsync("revoked"));
    }

    [Fact]
    public async Task Record_BeforeThePeriodEnds_IsNotYetInTheTally()
    {
        var counts = await CountsAsync();
        var before = await CountAsync("not_found");

        counts.Record("not_found");
        host.Clock.Advance(TimeSpan.FromSeconds(new VerificationCounterOptions().FlushSeconds - 1));
        var meanwhile = await CountAsync("not_found");
        Assert.True(await counts.FlushAsync());

        Assert.Equal(before, meanwhile);
        Assert.Equal(before + 1, await CountAsync("not_found"));
    }

    [Fact]
    public async Task StopAsync_HandsOverWhatIsPending()
    {
        var counts = await CountsAsync();
        var before = await CountAsync("suspended");

        counts.Record("suspended");
        await counts.StopAsync(CancellationToken.None);
        var after = await CountAsync("suspended");
        await counts.StartAsync(CancellationToken.None);

        Assert.Equal(before + 1, after);
    }

    // The host started (so the hosted service runs) with nothing left from other tests pending.
    private async Task<VerificationCounts> CountsAsync()
    {
        await host.AdminAsync();
        var counts = host.Services.GetRequiredService<VerificationCounts>();
        Assert.True(await counts.FlushAsync());
        return counts;
    }

    private async Task<long> CountAsync(string outcome)
    {
        var day = ChinaTime.Today(host.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tally = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IVerificationTallyGrain>(day).GetAsync();
        return tally.ByOutcome.GetValueOrDefault(outcome);
    }
}
