using CertEngine.Benchmarks.ExamDay.Core;
using CertEngine.Server.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace CertEngine.Server.Tests.ExamDay;

/// <summary>
/// The exam-day driver's short mode (issue 18), so the driver cannot rot: the whole day — import, scheduling, check-in,
/// synchronised start, browsers polling, saving and losing their connection, the deadline, practical scoring,
/// certificates and their verification — against the embedded server, a few dozen candidates. The server's clock is
/// simulated: the candidates work for a few seconds, then the clock jumps past the deadline. The same day against the
/// PostgreSQL server is <see cref="ExamDayShortRunPostgresTests"/>.
/// </summary>
public sealed class ExamDayShortRunTests(ExamDayShortRunTests.Host host, ITestOutputHelper output) : IClassFixture<ExamDayShortRunTests.Host>
{
    [Fact]
    public Task ShortDay_Embedded_EveryAcknowledgedAnswerReadsBack_AndEveryCertificateVerifies() => RunAndCheckAsync(host, output);

    /// <summary>Runs the short day against <paramref name="host"/> (a fresh store) and asserts the driver's own checks.</summary>
    internal static async Task RunAndCheckAsync(ApiHost host, ITestOutputHelper output)
    {
        var settings = new ExamDaySettings
        {
            Candidates = 40, SittingSize = 20, PracticalSize = 10, Minutes = 90, StartsAt = host.Clock.GetUtcNow(),
            StartWindow = TimeSpan.FromSeconds(1), PollEvery = TimeSpan.FromSeconds(1), SaveEvery = TimeSpan.FromMilliseconds(400),
            DiligentShare = 0.25, DisconnectChance = 0.1, OfflineFor = TimeSpan.FromSeconds(2), SaveBurst = TimeSpan.FromSeconds(1), Workers = 8,
            YardstickFor = TimeSpan.Zero, OnlineVerifySample = 10, Seed = 7,
            BankRoot = Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "question-banks"), SetupToken = await host.SetupTokenAsync(),
        };
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.Timeout = TimeSpan.FromSeconds(60);
        var lines = new StringWriter();
        var flow = new ExamDayFlow(settings, new ExamDayHttp([client], new LatencyBook()), new LineProgress(lines),
            jumpPastDeadline: () =>
            {
                host.Clock.Advance(TimeSpan.FromMinutes(settings.Minutes) + TimeSpan.FromSeconds(1));
                return Task.CompletedTask;
            },
            activeFor: TimeSpan.FromSeconds(5));

        var report = await flow.RunAsync();
        output.WriteLine(lines.ToString());

        Assert.True(report.NothingLost, string.Join("; ", report.Problems) + "\n" + lines);
        Assert.Equal((40, 40), (report.PapersDelivered, report.DeadlineSubmitted));
        Assert.True(report.AcknowledgedAnswers > 100, $"only {report.AcknowledgedAnswers} answers were acknowledged");
        Assert.Equal(0, report.MissingAnswers);
        Assert.Equal((40, 40), (report.TheoryResults, report.PracticalResults));
        Assert.True(report.CertificatesIssued > 0, "nobody passed: the diligent candidates should");
        Assert.Equal(report.CertificatesIssued, report.VerifiedOffline);
        Assert.Equal(Math.Min(10, report.CertificatesIssued), report.VerifiedOnline);
        Assert.True(report.Book.Figures("steady", 1).Single(f => f.Endpoint == "attempt.save").Answered > 0);
        Assert.True(report.BurstSavesPerSecond > 0, "the burst saved nothing");
        Assert.Equal(report.BurstSavesPerSecond + report.BurstBrowserSavesPerSecond, report.BurstAllSavesPerSecond);
        Assert.Equal((0, 0), (report.DeadlineLate, report.DeadlineNeverSubmitted));
    }

    /// <summary>The run's own server: a fresh store, the first-start setup left to the driver.</summary>
    public sealed class Host : ApiHost
    {
    }
}
