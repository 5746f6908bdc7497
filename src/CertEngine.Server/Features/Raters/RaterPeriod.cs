using System.Globalization;

namespace CertEngine.Server.Features.Raters;

/// <summary>A period of Beijing dates for rater statistics, both included: by default the last <see cref="DefaultDays"/> days, at most <see cref="RaterAnalysis.MaxDays"/>.</summary>
/// <param name="From">The first date.</param>
/// <param name="To">The last date.</param>
public sealed record RaterPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The days analysed when no start is given.</summary>
    public const int DefaultDays = 90;

    /// <summary>
    /// The period <paramref name="from"/> and <paramref name="to"/> (<c>yyyy-MM-dd</c>, either may be empty) ask for,
    /// ending <paramref name="today"/> by default; or the first field at fault and why (Chinese first).
    /// </summary>
    public static (RaterPeriod? Period, (string Field, string Message)? Problem) Parse(string? from, string? to, DateOnly today)
    {
        if (!TryDate(to, out var last))
        {
            return (null, ("to", "结束日期应为 yyyy-MM-dd (to: a date, yyyy-MM-dd)"));
        }

        if (!TryDate(from, out var first))
        {
            return (null, ("from", "开始日期应为 yyyy-MM-dd (from: a date, yyyy-MM-dd)"));
        }

        var end = last ?? today;
        var start = first ?? end.AddDays(1 - DefaultDays);
        if (start > end)
        {
            return (null, ("from", "开始日期不能晚于结束日期 (from must not be after to)"));
        }

        return end.DayNumber - start.DayNumber + 1 > RaterAnalysis.MaxDays
            ? (null, ("from", $"一次最多统计 {RaterAnalysis.MaxDays} 天 (at most {RaterAnalysis.MaxDays} days at once)"))
            : (new RaterPeriod(start, end), null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Length > 10 || !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
