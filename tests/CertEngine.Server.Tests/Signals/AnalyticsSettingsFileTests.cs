using CertEngine.Domain.Integrity;
using CertEngine.Domain.Raters;
using CertEngine.Server.Features.Signals;

namespace CertEngine.Server.Tests.Signals;

/// <summary><c>question-banks/analytics.yaml</c>: the rater bounds and the signal bounds come from it, and a wrong one stops.</summary>
public sealed class AnalyticsSettingsFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-analytics-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_ShippedFile_HoldsTheDocumentedBounds()
    {
        var settings = AnalyticsSettingsFile.Load(Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "question-banks", AnalyticsSettingsFile.FileName));

        Assert.Equal(new RaterBounds(10, 8m, 0.8, 0.2), settings.Raters);
        Assert.Equal(SignalBounds.Default, settings.Signals);
    }

    [Fact]
    public void Load_RaterBoundsInTheFile_ReplaceTheDefaults_AndRaterStatisticsUseThem()
    {
        var path = Write("raters:\n  min-sheets: 2\n  max-mean-deviation: 3.5\nsignals:\n  disconnection-seconds: 300\n");

        var settings = AnalyticsSettingsFile.Load(path);
        var sheets = new[] { Sheet("p1", "A", 80), Sheet("p1", "B", 84), Sheet("p2", "A", 70), Sheet("p2", "B", 74) };
        var report = RaterStatistics.Compute(sheets, settings.Raters);

        Assert.Equal(new RaterBounds(2, 3.5m, 0.8, 0.2), settings.Raters);
        Assert.Equal(300, settings.Signals.DisconnectionSeconds);
        // A is 4 points below B on each panel: beyond 3.5 from the file, within the default 8.
        Assert.Contains(RaterSignal.Severe, report.Assessors.Single(a => a.Assessor == "A").Flags);
        Assert.DoesNotContain(RaterSignal.Severe, RaterStatistics.Compute(sheets, RaterBounds.Default with { MinSheets = 2 }).Assessors.Single(a => a.Assessor == "A").Flags);
    }

    [Theory]
    [InlineData("raters:\n  min-sheet: 2\n", "min-sheet")]
    [InlineData("signals:\n  room-alpha: 2\n", "make no sense")]
    [InlineData("signals:\n  disconnection-seconds: 30\n", "make no sense")]
    [InlineData("weights:\n  a: 1\n", "unknown section")]
    [InlineData("raters:\n  min-sheets: many\n", "must be a number")]
    public void Load_WrongFile_StopsNamingTheProblem(string text, string problem)
    {
        var path = Write(text);

        var refused = Assert.Throws<InvalidOperationException>(() => AnalyticsSettingsFile.Load(path));

        Assert.Contains(problem, refused.Message);
    }

    [Fact]
    public void Load_NoFile_GivesTheDefaults() =>
        Assert.Equal(AnalyticsSettings.Default, AnalyticsSettingsFile.Load(Path.Combine(_directory, "none.yaml")));

    private static RaterSheet Sheet(string panel, string assessor, decimal total) =>
        new(panel, "t1", assessor, total, new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero), false, 5m);

    private string Write(string text)
    {
        var path = Path.Combine(_directory, "analytics.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
