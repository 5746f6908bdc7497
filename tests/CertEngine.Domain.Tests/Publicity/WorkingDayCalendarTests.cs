using CertEngine.Domain.Publicity;
using CertEngine.Domain.Tests.QuestionBanks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Publicity;

/// <summary>Working days on the shipped calendar (tracks/calendar/working-days.yaml): holidays, 调休 working weekends, periods.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly Lazy<WorkingDayCalendar> Shipped = new(() =>
    {
        var load = WorkingDayCalendarReader.Load(Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks"));
        return load.Calendar ?? throw new InvalidOperationException(string.Join('\n', load.Problems));
    });

    private static WorkingDayCalendar Calendar => Shipped.Value;

    [Fact]
    public void Load_ShippedFile_Covers2025And2026FromTheStateCouncilNotices()
    {
        Assert.Equal([2025, 2026], Calendar.Years.Select(y => y.Year));
        Assert.All(Calendar.Years, y => Assert.Contains("国务院办公厅", y.Source, StringComparison.Ordinal));
        Assert.Equal(8 + 1 + 3 + 5 + 3 + 8, Calendar.Years.First().Holidays.Count);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, Calendar.Years.Last().Holidays.Count);
        Assert.Equal(6, Calendar.Years.Last().WorkingWeekends.Count);
    }

    [Theory]
    [InlineData("2026-02-14", true)]  // 周六上班（春节调休）
    [InlineData("2026-02-15", false)] // 春节
    [InlineData("2026-02-23", false)] // 春节最后一天，周一
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // 周六上班
    [InlineData("2026-03-01", false)] // 普通周日
    [InlineData("2026-10-08", true)]  // 国庆节后周四
    [InlineData("2026-10-10", true)]  // 周六上班
    [InlineData("2025-10-08", false)] // 2025 国庆中秋共 8 天
    [InlineData("2025-01-26", true)]  // 周日上班
    [InlineData("2026-12-07", true)]  // 普通周一
    public void IsWorkingDay_ShippedCalendar_FollowsTheNotice(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Period_PublishedBeforeTheSpringFestival_SkipsTheHolidayAndCountsTheWorkingSaturdays()
    {
        // Thursday 12 February 2026: 12, 13, Saturday 14 (调休上班), then the holiday 15–23, then 24 and 25.
        var period = Counted(Calendar.Period(new DateOnly(2026, 2, 12), 5));

        Assert.Equal(new PublicityPeriod(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 25), 5), period);
        Assert.Equal(new DateOnly(2026, 2, 26), period.IssuableFrom);
    }

    [Fact]
    public void Period_PublishedOnASunday_StartsOnMonday()
    {
        var period = Counted(Calendar.Period(new DateOnly(2026, 11, 29), 5));

        Assert.Equal(new PublicityPeriod(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 4), 5), period);
    }

    [Fact]
    public void Period_ReachingAYearWithoutData_IsNotCounted()
    {
        var outcome = Calendar.Period(new DateOnly(2026, 12, 28), 5);

        Assert.Equal(new PeriodOutcome.NotCovered(2027), outcome);
        Assert.Equal(new PeriodOutcome.NotCovered(2024), Calendar.Period(new DateOnly(2024, 12, 30), 1));
    }

    [Fact]
    public void Read_Mistakes_AreReportedAtTheirLines_AndGiveNoCalendar()
    {
        const string Text = """
            years:
              2026:
                source: test
                holidays:
                  - 2026-02-15..2026-02-10
                  - 2025-05-01
                working-weekends:
                  - 2026-02-16
            """;

        var load = WorkingDayCalendarReader.Read("bad.yaml", Text);

        Assert.Null(load.Calendar);
        Assert.Equal([5, 6, 8], load.Problems.Select(p => p.Location.Line).Order());
    }

    [Property(MaxTest = 300)]
    public Property Period_EndsOnAWorkingDay_AndSpansExactlyItsWorkingDays(NonNegativeInt offset, PositiveInt days)
    {
        var published = new DateOnly(2025, 1, 1).AddDays(offset.Get % 690);
        var length = (days.Get - 1) % PublicityRule.MaxWorkingDays + 1;

        var period = Counted(Calendar.Period(published, length));

        return (Calendar.IsWorkingDay(period.Start) && Calendar.IsWorkingDay(period.End) && period.Start >= published
                && Calendar.WorkingDaysBetween(published, period.End) == length && Calendar.WorkingDaysBetween(published, period.Start) == 1)
            .Label($"{published} + {length}: {period}");
    }

    [Property(MaxTest = 300)]
    public Property Period_OneDayLonger_EndsOnTheNextWorkingDay(NonNegativeInt offset, PositiveInt days)
    {
        var published = new DateOnly(2025, 1, 1).AddDays(offset.Get % 690);
        var length = (days.Get - 1) % (PublicityRule.MaxWorkingDays - 1) + 1;

        var shorter = Counted(Calendar.Period(published, length));
        var longer = Counted(Calendar.Period(published, length + 1));

        return (longer.Start == shorter.Start && longer.End > shorter.End
                && Calendar.WorkingDaysBetween(shorter.End.AddDays(1), longer.End) == 1).Label($"{published} + {length}");
    }

    [Property(MaxTest = 200)]
    public Property IsWorkingDay_WithoutData_IsMondayToFriday(NonNegativeInt offset)
    {
        var day = new DateOnly(2030, 1, 1).AddDays(offset.Get % 3650);

        return (Calendar.IsWorkingDay(day) == day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Label(day.ToString());
    }

    private static PublicityPeriod Counted(PeriodOutcome outcome) => Assert.IsType<PeriodOutcome.Counted>(outcome).Period;
}
