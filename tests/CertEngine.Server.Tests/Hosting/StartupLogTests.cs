using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting;
using CertEngine.Server.Tests.Api;
using CertEngine.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>
/// What a newcomer reads when the server starts: at Information and above, no warning that is not one of CertEngine's own
/// announcements (Orleans' watchdog reported the machine's uptime as a stall at every start), and one plain line saying
/// where certificates' QR codes will point.
/// </summary>
public sealed class StartupLogTests
{
    [Fact]
    public async Task CleanStart_LogsNoForeignWarning_AndSaysOnceWhereCertificatesPoint()
    {
        await using var host = new ApiHost();
        _ = host.Server;
        var announced = await host.LoggedAsync(l => l.Contains("--public-base-url", StringComparison.Ordinal));
        var listening = host.Services.GetRequiredService<IConfiguration>()["urls"]!;

        var expected = listening + "/v";
        Assert.Equal(listening, host.Services.GetRequiredService<CertificateAuthority>().PublicBaseUrl);
        Assert.StartsWith("Warning: 未设置 --public-base-url：证书的二维码和“本证书核验”将指向 " + expected, announced, StringComparison.Ordinal);
        Assert.Contains("(--public-base-url is not set: certificates' QR codes and verify line point to " + expected, announced, StringComparison.Ordinal);
        var warnings = host.LogEntries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.Single(warnings, e => e.Message.Contains("--public-base-url", StringComparison.Ordinal));
        // The only foreign warning a first start may carry: Data Protection's note that the first cookie key is stored
        // unencrypted (in the store, by design). Orleans' note that server GC is off (event 100405) is this test process's:
        // the server runs with server GC (the web SDK's default in its runtimeconfig), so it never logs it.
        // A stall Orleans measured ("… stalled for 1.2s") is what a loaded test machine really did, not a quirk: left out.
        Assert.DoesNotContain(warnings, e => e.Message.Contains("Participant check thread has not completed", StringComparison.Ordinal));
        Assert.All(warnings.Where(e => !e.Category.StartsWith("CertEngine.", StringComparison.Ordinal) && e is not { Category: "Orleans.Runtime.Silo", EventId: 100405 }
            && !e.Message.Contains(" stalled for ", StringComparison.Ordinal)), e =>
            Assert.True(e is { Category: "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", EventId: 35 }, $"{e.Category}[{e.EventId}] {e.Message}"));
    }

    [Fact]
    public void WatchdogWarnings_AreHeldBackUntilTheHostHasStarted_ErrorsNever_OtherCategoriesUntouched()
    {
        var capture = new LogCapture();
        var window = new StartupLogWindow();
        using (var factory = LoggerFactory.Create(logging =>
        {
            logging.AddProvider(capture).SetMinimumLevel(LogLevel.Information);
            window.Apply(logging);
        }))
        {
            var watchdog = factory.CreateLogger(StartupLogWindow.WatchdogCategory);
            var other = factory.CreateLogger("Orleans.Runtime.Silo");
            Write(watchdog, LogLevel.Warning, "Participant check thread has not completed for 09:24:16");
            Write(watchdog, LogLevel.Error, "internal error at start");
            Write(other, LogLevel.Warning, "another warning at start");
            window.Close();
            Write(watchdog, LogLevel.Warning, "a real stall after start");
            Write(watchdog, LogLevel.Information, "chatter");
        }

        Assert.Equal(["Error: internal error at start", "Warning: another warning at start", "Warning: a real stall after start"], capture.Lines);
    }

    private static void Write(ILogger logger, LogLevel level, string message) => logger.Log(level, default, message, null, (text, _) => text);
}
