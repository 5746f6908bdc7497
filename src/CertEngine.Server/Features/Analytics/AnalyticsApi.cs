using System.Security.Claims;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Charts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Analytics;

/// <summary>
/// 试题分析 (item analysis) of a bank version: the numbers as JSON and Excel, the underlying responses as CSV so anyone can
/// recompute them, the charts, and an author's mark on an item. Open to whoever may manage banks (the bank pages' roles).
/// </summary>
public static class AnalyticsApi
{
    /// <summary>Maps the analytics endpoints.</summary>
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var version = app.MapGroup("/api/analytics/banks/{code}/versions/{version:int}").WithTags("Analytics").RequireAuthorization(AccessPolicies.Registrar);
        version.MapGet("/items", ItemsAsync)
            .WithDescription("Item analysis of the version: per item attempts, p, pointBiserial, upperLower, options (share per option), omitted, exposure, flags; per track the test statistics; the authors' marks.");
        version.MapGet("/items.xlsx", WorkbookAsync);
        version.MapGet("/responses.csv", ResponsesAsync)
            .WithDescription("attempt,track,item_id,item_version,chosen,correct,awarded,attempt_score: one row per response (each attempt at its latest fact), streamed.");
        version.MapGet("/charts/item-map.png", ItemMapAsync);
        version.MapGet("/charts/options.png", OptionsAsync);
        version.MapGet("/charts/scores.png", ScoresAsync);
        // No anti-forgery token: API callers have none; a page of another origin is refused before this by CrossSiteRequestGate.
        version.MapPost("/items/{itemId}/marks", MarkAsync).DisableAntiforgery()
            .WithDescription("JSON {mark: revision | retirement | cleared, reason}: an author's mark on the item, audited. 204; 409 with the refusal; 404 for an unknown version.");
        return app;
    }

    private static async Task<Results<Ok<BankAnalysis>, ProblemHttpResult>> ItemsAsync(string code, int version, ItemAnalyst analyst, CancellationToken cancellationToken) =>
        await analyst.AnalyseAsync(code, version, cancellationToken) is { } analysis ? TypedResults.Ok(analysis) : NoVersion(code, version);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WorkbookAsync(string code, int version, ItemAnalyst analyst, CancellationToken cancellationToken)
    {
        if (await analyst.AnalyseAsync(code, version, cancellationToken) is not { } analysis)
        {
            return NoVersion(code, version);
        }

        using var buffer = new MemoryStream();
        AnalysisWorkbook.Write(buffer, analysis);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"item-analysis-{code}-v{version}.xlsx");
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ResponsesAsync(string code, int version, ItemAnalyst analyst, HttpContext context)
    {
        if (!await analyst.ExistsAsync(code, version))
        {
            return NoVersion(code, version);
        }

        return TypedResults.Stream(
            (body) => analyst.WriteResponsesCsvAsync(code, version, body, context.RequestAborted),
            "text/csv; charset=utf-8", $"responses-{code}-v{version}.csv");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ItemMapAsync(string code, int version, int? w, int? h, ItemAnalyst analyst, CancellationToken cancellationToken) =>
        await analyst.AnalyseAsync(code, version, cancellationToken) is { } analysis
            ? TypedResults.File(AnalysisCharts.ItemMap(analysis, w ?? 720, h ?? 480), ChartImage.ContentType)
            : NoVersion(code, version);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> OptionsAsync(string code, int version, int? w, int? h, ItemAnalyst analyst, CancellationToken cancellationToken) =>
        await analyst.AnalyseAsync(code, version, cancellationToken) is { } analysis
            ? TypedResults.File(AnalysisCharts.OptionShares(analysis, w ?? 720, h ?? 560), ChartImage.ContentType)
            : NoVersion(code, version);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScoresAsync(string code, int version, string? track, int? w, int? h, ItemAnalyst analyst, CancellationToken cancellationToken)
    {
        if (await analyst.AnalyseAsync(code, version, cancellationToken) is not { } analysis)
        {
            return NoVersion(code, version);
        }

        var test = track is null ? (analysis.Tests.Count > 0 ? analysis.Tests[0] : null) : analysis.Tests.FirstOrDefault(t => t.TrackKey == track);
        return test is null
            ? Replies.NotFound($"第 {version} 版在该认定项目下没有作答 (no attempts of this track on version {version})")
            : TypedResults.File(AnalysisCharts.ScoreDistribution(analysis, test, w ?? 720, h ?? 400), ChartImage.ContentType);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkAsync(
        string code, int version, string itemId, ItemMarkRequest? request, ClaimsPrincipal user, ItemAnalyst analyst, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求缺少内容 (missing body)",
                detail: "请以 JSON 给出 mark 与 reason (send JSON with mark and reason)");
        }

        return await analyst.MarkAsync(code, version, itemId, request, user.Actor(), cancellationToken) is { } refusal
            ? Replies.Refused(refusal)
            : TypedResults.NoContent();
    }

    private static ProblemHttpResult NoVersion(string code, int version) =>
        Replies.NotFound($"题库 {code} 没有已发布的第 {version} 版 (bank {code} has no published version {version})");
}
