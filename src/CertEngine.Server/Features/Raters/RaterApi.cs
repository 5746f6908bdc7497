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
/// Beijing dates, both included (<see cref="RaterPeriod"/>). <c>GET /api/analytics/raters/chart.png</c> draws each
/// assessor's mean deviation for the same period.
/// </summary>
public static class RaterApi
{
    /// <summary>The statistics and the period they cover.</summary>
    /// <param name="From">The first Beijing date.</param>
    /// <param name="To">The last Beijing date.</param>
    /// <param name="Report">The figures.</param>
    public sealed record RaterPeriodReport(DateOnly From, DateOnly To, RaterReport Report);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapRaterApi(this IEndpointRouteBuilder app)
    {
        var raters = app.MapGroup("/api/analytics/raters").WithTags("Analytics").RequireAuthorization(AccessPolicies.Registrar);
        raters.MapGet("/", GetAsync);
        raters.MapGet("/chart.png", ChartAsync);
        return app;
    }

    private static async Task<Results<Ok<RaterPeriodReport>, ValidationProblem>> GetAsync(
        RaterAnalysis analysis, TimeProvider clock, string? from = null, string? to = null, CancellationToken cancellationToken = default)
    {
        var (period, problem) = RaterPeriod.Parse(from, to, ChinaTime.Today(clock));
        if (period is null)
        {
            return Replies.Invalid(problem!.Value.Field, problem.Value.Message);
        }

        return await analysis.AnalyseAsync(period.From, period.To, cancellationToken) is { } report
            ? TypedResults.Ok(new RaterPeriodReport(period.From, period.To, report))
            : TooMany();
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ChartAsync(
        RaterAnalysis analysis, TimeProvider clock, string? from = null, string? to = null, CancellationToken cancellationToken = default)
    {
        var (period, problem) = RaterPeriod.Parse(from, to, ChinaTime.Today(clock));
        if (period is null)
        {
            return Replies.Invalid(problem!.Value.Field, problem.Value.Message);
        }

        return await analysis.AnalyseAsync(period.From, period.To, cancellationToken) is { } report
            ? TypedResults.File(RaterChart.Png(report), Web.Charts.ChartImage.ContentType)
            : TooMany();
    }

    private static ValidationProblem TooMany() =>
        Replies.Invalid("from", $"这段时间的评分记录超过 {RaterAnalysis.MaxSheets:N0} 份，请缩短时间段 (more than {RaterAnalysis.MaxSheets:N0} sheets: choose a shorter period)");
}
