using CertEngine.Server.Tests.Api;
using CertEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>
/// <c>/admin/publicity</c> says, before a manager meets the refusal, that next year's holidays are missing from the
/// working-day calendar (the start-up log said it only to the operator).
/// </summary>
public sealed class CalendarWarningPageTests(CalendarThrough2026Host host) : IClassFixture<CalendarThrough2026Host>
{
    [Fact]
    public async Task PublicityPage_NamesTheMissingYear_WhenTheWarningWindowReachesIt()
    {
        // The host's day is 2026-11-23 and the window 60 days: it reaches 2027, which the host's calendar lacks.
        var manager = await host.StaffAsync("manager.calendar", "CentreManager");

        var page = await manager.GetStringAsync("/admin/publicity");

        Assert.Contains("id=\"calendar-ends\"", page, StringComparison.Ordinal);
        Assert.Contains("工作日日历尚无 2027 年的节假日安排", page, StringComparison.Ordinal);
    }
}

/// <summary>The shipped tracks with a calendar that holds 2026 only.</summary>
public sealed class CalendarThrough2026Host : ApiHost
{
    private readonly string _tracks = Directory.CreateTempSubdirectory("certengine-tracks-2026-").FullName;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Tracks, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(_tracks, Path.GetRelativePath(RepositoryPaths.Tracks, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }

        File.WriteAllText(Path.Combine(_tracks, "calendar", "working-days.yaml"), """
            years:
              2026:
                source: test
                holidays:
                  - 2026-10-01..2026-10-07
                working-weekends:
                  - 2026-09-20
            """);
        builder.UseSetting("CertEngine:TracksRoot", _tracks);
    }
}
