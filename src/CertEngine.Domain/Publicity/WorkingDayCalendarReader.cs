using System.Globalization;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Publicity;

/// <summary>
/// Reads the working-day calendar (YAML): <c>years:</c> maps each year to its <c>source</c> (the State Council notice),
/// <c>holidays</c> (days off; a range is written <c>2026-02-15..2026-02-23</c>) and <c>working-weekends</c> (调休上班).
/// Every mistake is reported at its line; a calendar with an error is not made.
/// </summary>
public static class WorkingDayCalendarReader
{
    /// <summary>The calendar file's path under the tracks folder.</summary>
    public static readonly string RelativePath = Path.Combine("calendar", "working-days.yaml");

    /// <summary>The longest range of days one entry may write (a holiday is never longer).</summary>
    private const int MaxRangeDays = 31;

    /// <summary>Reads <see cref="RelativePath"/> under <paramref name="tracksDirectory"/>; a missing file is one problem.</summary>
    public static CalendarLoad Load(string tracksDirectory)
    {
        var path = Path.Combine(tracksDirectory, RelativePath);
        return File.Exists(path)
            ? Read(path, File.ReadAllText(path))
            : new CalendarLoad(null, [new BankProblem(ProblemSeverity.Error, BankRules.MissingField, new SourceLocation(path, 0), "找不到工作日日历 (working-day calendar not found)")]);
    }

    /// <summary>Reads a calendar file's text.</summary>
    public static CalendarLoad Read(string file, string text)
    {
        var problems = new List<BankProblem>();
        var years = new List<CalendarYear>();
        if (YamlTreeReader.Read(file, text, problems) is YamlMapping root
            && new MappingReader(root, "calendar", problems, "years").Mapping("years", required: true) is { } byYear)
        {
            foreach (var (key, value) in byYear.Entries)
            {
                if (MappingReader.ParseInt(key.Value, key.Location, "years: 年份 (year)", 2000, 2100, problems) is not { } year)
                {
                    continue;
                }

                if (years.Any(y => y.Year == year))
                {
                    Error(problems, key.Location, $"years: {year} 重复 (year {year} is given twice)");
                    continue;
                }

                if (value is not YamlMapping mapping)
                {
                    Error(problems, value.Location, $"years: {year} 必须是键值表 (must be a mapping)");
                    continue;
                }

                if (ReadYear(year, mapping, problems) is { } read)
                {
                    years.Add(read);
                }
            }
        }
        else if (problems.Count == 0)
        {
            Error(problems, new SourceLocation(file, 1), "日历文件顶层必须是 years: (the calendar's top must be years:)");
        }

        return new CalendarLoad(problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : WorkingDayCalendar.Create(years), problems);
    }

    private static CalendarYear? ReadYear(int year, YamlMapping mapping, List<BankProblem> problems)
    {
        var reader = new MappingReader(mapping, $"years {year}", problems, "source", "holidays", "working-weekends");
        var source = reader.RequiredText("source");
        var before = problems.Count;
        var holidays = Dates(reader.ScalarList("holidays") ?? [], year, problems);
        var working = Dates(reader.ScalarList("working-weekends") ?? [], year, problems);
        foreach (var day in working.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || holidays.Contains(d)))
        {
            Error(problems, reader.At("working-weekends"), $"{day:yyyy-MM-dd} 不是周末或已是假日，不能列为调休上班 (is not a weekend day or is a holiday)");
        }

        return source is null || problems.Count > before ? null : new CalendarYear(year, source, [.. holidays.Order()], [.. working.Order()]);
    }

    private static HashSet<DateOnly> Dates(IReadOnlyList<YamlScalar> entries, int year, List<BankProblem> problems)
    {
        var days = new HashSet<DateOnly>();
        foreach (var entry in entries)
        {
            var parts = entry.Value.Split("..", 2, StringSplitOptions.TrimEntries);
            if (!TryDate(parts[0], out var first) || !TryDate(parts[^1], out var last) || last < first || last.DayNumber - first.DayNumber >= MaxRangeDays)
            {
                Error(problems, entry.Location, $"'{entry.Value}' 不是日期或日期范围 (not a date yyyy-MM-dd or a range yyyy-MM-dd..yyyy-MM-dd of at most {MaxRangeDays} days)");
                continue;
            }

            if (first.Year != year || last.Year != year)
            {
                Error(problems, entry.Location, $"'{entry.Value}' 不在 {year} 年 (is not in {year})");
                continue;
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static void Error(List<BankProblem> problems, SourceLocation location, string message) =>
        problems.Add(new BankProblem(ProblemSeverity.Error, BankRules.BadValue, location, message));
}
