using CertEngine.Domain;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// At start, warns when the working-day calendar has problems or ends too soon: the State Council publishes next year's
/// holidays each November, and until they are added to <c>tracks/calendar/working-days.yaml</c> every 公示 period that
/// runs into that year is refused (the engine never guesses a holiday).
/// </summary>
public sealed partial class PublicityCalendarCheck(
    PublicityCalendar calendar, IOptions<PublicityOptions> options, TimeProvider clock, ILogger<PublicityCalendarCheck> log) : IHostedService
{
    /// <summary>The first year the calendar lacks within the warning window, or null when it reaches far enough.</summary>
    public int? MissingYear()
    {
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(options.Value.CalendarWarningDays);
        for (var year = today.Year; year <= horizon.Year; year++)
        {
            if (!calendar.Calendar.Covers(year))
            {
                return year;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var problem in calendar.Problems)
        {
            CalendarProblem(log, problem.ToString());
        }

        if (MissingYear() is { } year)
        {
            CalendarEndsSoon(log, year, options.Value.CalendarWarningDays);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7320, Level = LogLevel.Warning, Message = "工作日日历缺少 {Year} 年的节假日安排：公示期进入该年的发布将被拒绝。请按国务院办公厅的通知补充 tracks/calendar/working-days.yaml (the working-day calendar has no holidays for {Year}, within {Days} days: 公示 periods reaching it are refused until the year is added)")]
    private static partial void CalendarEndsSoon(ILogger logger, int year, int days);

    [LoggerMessage(EventId = 7321, Level = LogLevel.Warning, Message = "工作日日历有误，所有公示发布都将被拒绝 (the working-day calendar has a mistake; every 公示 is refused until it is fixed): {Problem}")]
    private static partial void CalendarProblem(ILogger logger, string problem);
}
