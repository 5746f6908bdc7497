using CertEngine.Domain.Publicity;
using CertEngine.Server.Features.Publicity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>The start-up check that the working-day calendar reaches far enough ahead for the 公示 periods to come.</summary>
public sealed class PublicityCalendarCheckTests
{
    private static readonly PublicityCalendar Through2026 = new(WorkingDayCalendar.Create(
        [new CalendarYear(2025, "test", [], []), new CalendarYear(2026, "test", [], [])]));

    [Theory]
    [InlineData("2026-06-01", 60, null)]       // the window ends inside 2026
    [InlineData("2026-11-15", 60, 2027)]      // 60 days from 15 November reach into 2027
    [InlineData("2026-12-31", 0, null)]       // no look-ahead: today's year is covered
    [InlineData("2027-01-04", 0, 2027)]       // today's own year is missing
    [InlineData("2024-12-01", 60, 2024)]      // before the calendar starts
    public void MissingYear_NamesTheFirstYearTheWindowReachesThatTheCalendarLacks(string today, int days, int? missing)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0), TimeSpan.FromHours(8)));
        var check = new PublicityCalendarCheck(Through2026, Options.Create(new PublicityOptions { CalendarWarningDays = days }), clock,
            NullLogger<PublicityCalendarCheck>.Instance);

        Assert.Equal(missing, check.MissingYear());
    }

    [Fact]
    public void ShippedCalendar_ReachesTheYearOfEveryDayUpToItsLastDecember()
    {
        // The shipped file is read as the server reads it, with no problems; its last year bounds the warning.
        var shipped = new PublicityCalendar(Path.Combine(CertEngine.TestSupport.RepositoryPaths.Root, "tracks"));

        Assert.Empty(shipped.Problems);
        Assert.Contains(2026, shipped.Calendar.Years.Select(y => y.Year));
    }
}
