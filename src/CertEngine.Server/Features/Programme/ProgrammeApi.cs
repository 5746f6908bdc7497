using System.Security.Claims;
using CertEngine.Domain.Programmes;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Charts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Programme;

/// <summary>
/// The programme report over HTTP (Admin, CentreManager): <c>GET /api/reports/programme?year=…</c> (JSON with <c>totals</c>, or
/// <c>format=xlsx</c>), its charts as PNG at <c>/api/reports/programme/charts/{targets|monthly|pass-rates}.png?year=…</c>,
/// and the targets (<c>GET</c>; <c>PUT</c> by an Admin, audited).
/// </summary>
public static class ProgrammeApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports/programme").WithTags("Reports").RequireAuthorization(AccessPolicies.Reports);
        reports.MapGet("", ReportAsync);
        reports.MapGet("/charts/{name}.png", ChartAsync);
        reports.MapGet("/targets", TargetsAsync);
        reports.MapPut("/targets", SaveTargetAsync).RequireAuthorization(AccessPolicies.Admin);
        return app;
    }

    /// <summary>The year and filters checked: the filter, or the 400 naming the field that is wrong.</summary>
    public static (ProgrammeFilter? Filter, ValidationProblem? Problem) Check(int? year, string? programme, string? county, string? centre, int? month)
    {
        if (year is not { } y || y is < ProgrammeTarget.MinYear or > ProgrammeTarget.MaxYear)
        {
            return (null, Replies.Invalid("year", $"请给出 {ProgrammeTarget.MinYear}–{ProgrammeTarget.MaxYear} 之间的年份 (give a year from {ProgrammeTarget.MinYear} to {ProgrammeTarget.MaxYear})"));
        }

        if (month is < 0 or > 12)
        {
            return (null, Replies.Invalid("month", "月份须为 1–12 (month: 1 to 12)"));
        }

        if (new[] { programme, county, centre }.Any(t => t?.Length > ProgrammeFilter.MaxLength))
        {
            return (null, Replies.Invalid("filter", $"筛选条件最多 {ProgrammeFilter.MaxLength} 个字 (filters: at most {ProgrammeFilter.MaxLength} characters)"));
        }

        return (new ProgrammeFilter(programme?.Trim() ?? "", county?.Trim() ?? "", centre?.Trim() ?? "", month ?? 0), null);
    }

    private static async Task<Results<Ok<ProgrammeReport>, FileContentHttpResult, ValidationProblem>> ReportAsync(
        int? year, string? programme, string? county, string? centre, int? month, string? format, ProgrammeReports reports, CancellationToken cancellationToken)
    {
        if (ResultApi.WantsExcel(format) is not { } excel)
        {
            return Replies.Invalid("format", "格式只能是 json 或 xlsx (format: json or xlsx)");
        }

        var (filter, problem) = Check(year, programme, county, centre, month);
        if (filter is null)
        {
            return problem!;
        }

        var report = await reports.BuildAsync(year!.Value, filter, cancellationToken);
        return excel ? TypedResults.File(ProgrammeWorkbook.Save(report), ResultApi.Xlsx, $"programme-{report.Year}.xlsx") : TypedResults.Ok(report);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ChartAsync(
        string name, int? year, string? programme, string? county, string? centre, int? month, int? width, int? height, ProgrammeReports reports, CancellationToken cancellationToken)
    {
        if (!ProgrammeCharts.Names.Contains(name))
        {
            return Replies.NotFound($"没有图表 {name} (no such chart; {string.Join(", ", ProgrammeCharts.Names)})");
        }

        var (filter, problem) = Check(year, programme, county, centre, month);
        if (filter is null)
        {
            return problem!;
        }

        var report = await reports.BuildAsync(year!.Value, filter, cancellationToken);
        return TypedResults.File(ChartImage.Png(ProgrammeCharts.Draw(name, report)!, width ?? 800, height ?? 400), ChartImage.ContentType);
    }

    private static async Task<Ok<IReadOnlyList<ProgrammeTargetView>>> TargetsAsync(ProgrammeReports reports, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ProgrammeTargetView>>((await reports.TargetsAsync(cancellationToken))
            .Select(t => new ProgrammeTargetView(t.Target.Programme, t.Target.FromYear, t.Target.Year, t.Target.Count, t.Example, t.Actor)).ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveTargetAsync(
        ProgrammeTargetRequest request, ClaimsPrincipal user, ProgrammeReports reports, CancellationToken cancellationToken)
    {
        var target = new ProgrammeTarget(request.Programme.Trim(), request.Year, request.FromYear ?? request.Year, request.Count);
        return await reports.SaveTargetAsync(target, user.Actor(), cancellationToken) is { } refusal ? Replies.Refused(refusal) : TypedResults.NoContent();
    }
}
