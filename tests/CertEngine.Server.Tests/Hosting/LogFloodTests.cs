using CertEngine.Server.Hosting.Logging;
using CertEngine.Server.Tests.Api;
using CertEngine.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>A flood of one kind of log message is cut to sixty a minute, counted, and reported once a minute.</summary>
public sealed class LogFloodTests
{
    private const string Messaging = "Orleans.Runtime.Messaging";

    [Fact]
    public void Admit_WritesSixtyOfAKindAMinute_CountsTheRest_AndWritesAgainTheNextMinute()
    {
        var clock = new FakeTimeProvider();
        var flood = new LogFlood(clock);

        var written = Enumerable.Range(0, 1000).Count(_ => flood.Admit(Messaging, 101413, LogLevel.Warning));
        Assert.Equal(LogFlood.PerMinute, written);
        Assert.Equal((Messaging, 101413, LogLevel.Warning, 1000L - LogFlood.PerMinute), Assert.Single(flood.TakeLeftOut()));
        Assert.Empty(flood.TakeLeftOut());

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(flood.Admit(Messaging, 101413, LogLevel.Warning));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(flood.Admit(Messaging, 101413, LogLevel.Warning));
    }

    [Fact]
    public void Admit_KeepsKindsApart_AndNeverHoldsBackCriticalMessages()
    {
        var flood = new LogFlood(new FakeTimeProvider());
        for (var i = 0; i < LogFlood.PerMinute; i++)
        {
            flood.Admit(Messaging, 101413, LogLevel.Warning);
        }

        Assert.False(flood.Admit(Messaging, 101413, LogLevel.Warning));
        Assert.True(flood.Admit(Messaging, 101413, LogLevel.Error));
        Assert.True(flood.Admit(Messaging, 100157, LogLevel.Warning));
        Assert.True(flood.Admit("Orleans.Storage.AdoNetGrainStorage", 101413, LogLevel.Warning));
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(flood.Admit(Messaging, 101413, LogLevel.Critical)));
    }

    [Fact]
    public void Admit_TracksABoundedNumberOfKinds_AndForgetsQuietOnes()
    {
        var clock = new FakeTimeProvider();
        var flood = new LogFlood(clock);
        for (var id = 0; id < LogFlood.MaxKinds; id++)
        {
            flood.Admit(Messaging, id, LogLevel.Warning);
        }

        // Beyond the bound, new kinds pass uncounted rather than growing the table.
        Assert.All(Enumerable.Range(0, 200), _ => Assert.True(flood.Admit(Messaging, -1, LogLevel.Warning)));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(flood.TakeLeftOut());
        for (var i = 0; i <= LogFlood.PerMinute; i++)
        {
            flood.Admit(Messaging, -1, LogLevel.Warning);
        }

        Assert.Equal(1L, Assert.Single(flood.TakeLeftOut()).LeftOut);
    }

    [Fact]
    public void Formatter_WritesNothingForALeftOutMessage()
    {
        var formatter = new MaskingConsoleFormatter(new LogFlood(new FakeTimeProvider()));
        var lines = Enumerable.Range(0, LogFlood.PerMinute + 5).Select(i =>
        {
            using var writer = new StringWriter();
            formatter.Write(new LogEntry<string>(LogLevel.Warning, Messaging, new EventId(101413), $"message {i} expired", null, (s, _) => s), null, writer);
            return writer.ToString();
        }).ToList();

        Assert.All(lines.Take(LogFlood.PerMinute), l => Assert.StartsWith("warn: " + Messaging + "[101413]", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(LogFlood.PerMinute), l => Assert.Equal("", l));
    }

    [Fact]
    public async Task Reporter_WritesOneLinePerKindOnceAMinute_WithTheCount()
    {
        var clock = new FakeTimeProvider();
        var flood = new LogFlood(clock);
        var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var reporter = new LogFlood.Reporter(flood, clock, factory.CreateLogger<LogFlood.Reporter>());
        for (var i = 0; i < LogFlood.PerMinute + 25; i++)
        {
            flood.Admit(Messaging, 101413, LogLevel.Warning);
        }

        // The service's loop starts on its own thread: the clock moves a minute at a time until its timer has seen one.
        var reported = logs.LineAsync(l => l.Contains("were left out", StringComparison.Ordinal));
        await reporter.StartAsync(CancellationToken.None);
        for (var minutes = 0; minutes < 200 && !reported.IsCompleted; minutes++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(reported, Task.Delay(50));
        }

        Assert.True(reported.IsCompleted, "no report line after 200 minutes");
        Assert.Contains("25 Warning messages Orleans.Runtime.Messaging[101413] were left out", await reported, StringComparison.Ordinal);
        Assert.Single(logs.Lines, l => l.Contains("were left out", StringComparison.Ordinal));
        Assert.True(flood.Admit(LogFlood.Reporter.Category, LogFlood.Reporter.EventId, LogLevel.Warning));
        await reporter.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Server_GuardsItsConsoleLog()
    {
        await using var host = new ApiHost();
        _ = host.Server;

        Assert.NotNull(host.Services.GetRequiredService<LogFlood>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is LogFlood.Reporter);
    }
}
