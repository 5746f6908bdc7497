namespace CertEngine.Domain.Publicity;

/// <summary>
/// Working days in mainland China (工作日): Monday to Friday, except the public holidays (放假) of the State Council's
/// yearly notice, plus the weekend days it makes working days (调休上班). Holidays are data
/// (<c>tracks/calendar/working-days.yaml</c>), one year at a time; a year without data is not guessed:
/// <see cref="Period"/> answers <see cref="PeriodOutcome.NotCovered"/> for it.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekends;
    private readonly SortedDictionary<int, CalendarYear> _years;

    private WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        _years = new SortedDictionary<int, CalendarYear>(years.ToDictionary(y => y.Year));
        _holidays = [.. _years.Values.SelectMany(y => y.Holidays)];
        _workingWeekends = [.. _years.Values.SelectMany(y => y.WorkingWeekends)];
    }

    /// <summary>An empty calendar: knows no year, so it counts no period.</summary>
    public static WorkingDayCalendar Empty { get; } = new([]);

    /// <summary>The years with data, ascending.</summary>
    public IReadOnlyCollection<CalendarYear> Years => _years.Values;

    /// <summary>
    /// A calendar of the given years. Each date must lie in its year, no day may be both a holiday and a working weekend,
    /// a working weekend must be a Saturday or Sunday, and a year may be given once.
    /// </summary>
    /// <exception cref="ArgumentException">One of those does not hold (the reader reports it first, at its line).</exception>
    public static WorkingDayCalendar Create(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        if (list.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Year {twice.Key} is given twice.", nameof(years));
        }

        foreach (var year in list)
        {
            if (year.Holidays.Concat(year.WorkingWeekends).FirstOrDefault(d => d.Year != year.Year) is { Year: > 1 } stray)
            {
                throw new ArgumentException($"{stray:yyyy-MM-dd} is not in {year.Year}.", nameof(years));
            }

            if (year.WorkingWeekends.FirstOrDefault(d => !IsWeekend(d) || year.Holidays.Contains(d)) is { Year: > 1 } wrong)
            {
                throw new ArgumentException($"{wrong:yyyy-MM-dd} cannot be a working weekend of {year.Year}.", nameof(years));
            }
        }

        return new WorkingDayCalendar(list);
    }

    /// <summary>Whether the calendar has the holidays of <paramref name="year"/>.</summary>
    public bool Covers(int year) => _years.ContainsKey(year);

    /// <summary>
    /// Whether <paramref name="date"/> is a working day: a 调休 working weekend, or a weekday that is not a holiday. For a
    /// year without data this is the plain weekday rule; check <see cref="Covers"/> where that matters.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) => _workingWeekends.Contains(date) || (!IsWeekend(date) && !_holidays.Contains(date));

    /// <summary>
    /// The 公示 period of <paramref name="workingDays"/> working days published on <paramref name="published"/>: it starts
    /// on the first working day on or after that date (the day itself when it is one) and ends on its
    /// <paramref name="workingDays"/>-th working day, inclusive. Not covered when any day counted falls in a year without data.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is not 1 to <see cref="PublicityRule.MaxWorkingDays"/>.</exception>
    public PeriodOutcome Period(DateOnly published, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, PublicityRule.MaxWorkingDays);
        DateOnly? start = null;
        var counted = 0;
        for (var day = published; ; day = day.AddDays(1))
        {
            if (!Covers(day.Year))
            {
                return new PeriodOutcome.NotCovered(day.Year);
            }

            if (!IsWorkingDay(day))
            {
                continue;
            }

            start ??= day;
            if (++counted == workingDays)
            {
                return new PeriodOutcome.Counted(new PublicityPeriod(start.Value, day, workingDays));
            }
        }
    }

    /// <summary>The working days from <paramref name="from"/> to <paramref name="to"/>, both inclusive (0 when <paramref name="to"/> is earlier).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
