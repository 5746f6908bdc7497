using System.Globalization;
using CertEngine.Domain;
using CertEngine.Domain.Raters;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Raters;

/// <summary>
/// <c>GET /api/analytics/raters?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c> (Admin, CentreManager): per assessor the sheets,
/// mean and spread, exact and adjacent agreement with the other members of the same 考评小组, adjudication rate,
/// severity or leniency and its drift by month, with the flags for the chief assessor; per task the ICC of its panels.
/// Beijing dates, both included; by default the last 90 days; at most a year.
/// </summary>
public static class RaterApi
{
    /// <summary>The days analysed when no <c>from</c> is given.</summary>
    public const int DefaultDays = 90;

    /// <summary>The statistics and the period they cover.</summary>
    /// <param name="From">The first Beijing date.</param>
    /// <param name="To">The last Beijing date.</param>
    /// <param name="Report">The figures.</param>
    public sealed record RaterPeriodReport(DateOnly From, DateOnly To, RaterReport Report);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRaterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/analytics/raters", GetAsync).WithTags("Analytics").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    private static async Task<Results<Ok<RaterPeriodReport>, ValidationProblem>> GetAsync(
        RaterAnalysis analysis, TimeProvider clock, string? from = null, string? to = null, CancellationToken cancellationToken = default)
    {
        if (!TryDate(to, out var last))
        {
            return Replies.Invalid("to", "结束日期应为 yyyy-MM-dd (to: a date, yyyy-MM-dd)");
        }

        if (!TryDate(from, out var first))
        {
            return Replies.Invalid("from", "开始日期应为 yyyy-MM-dd (from: a date, yyyy-MM-dd)");
        }

        var end = last ?? ChinaTime.Today(clock);
        var start = first ?? end.AddDays(1 - DefaultDays);
        if (start > end)
        {
            return Replies.Invalid("from", "开始日期不能晚于结束日期 (from must not be after to)");
        }

        if (end.DayNumber - start.DayNumber + 1 > RaterAnalysis.MaxDays)
        {
            return Replies.Invalid("from", $"一次最多统计 {RaterAnalysis.MaxDays} 天 (at most {RaterAnalysis.MaxDays} days at once)");
        }

        var report = await analysis.AnalyseAsync(start, end, cancellationToken);
        return report is null
            ? Replies.Invalid("from", $"这段时间的评分记录超过 {RaterAnalysis.MaxSheets:N0} 份，请缩短时间段 (more than {RaterAnalysis.MaxSheets:N0} sheets: choose a shorter period)")
            : TypedResults.Ok(new RaterPeriodReport(start, end, report));
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
