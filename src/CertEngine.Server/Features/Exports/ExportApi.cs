using System.Security.Claims;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// Reports to the authority (Admin, CentreManager): <c>GET /api/exports/certificates.xlsx?from=…&amp;to=…</c> (and <c>.csv</c>),
/// <c>GET /api/exports/results.xlsx?batch=…</c> or <c>?from=…&amp;to=…</c> (and <c>.csv</c>), each logged; the log at
/// <c>GET /api/exports?page=…</c>; how far a page's export has got at <c>GET /api/exports/progress/{job}</c>; the 一人多证 check list at <c>GET /api/certificates/near-duplicates</c>.
/// </summary>
public static class ExportApi
{
    /// <summary>Lines per page of the log.</summary>
    public const int PageSize = 50;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/exports").WithTags("Exports").RequireAuthorization(AccessPolicies.Registrar);
        exports.MapGet("/certificates.xlsx", (string? from, string? to, string? batch, NationalExport export, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ExportAsync("certificates", "xlsx", batch, from, to, export, user, cancellationToken));
        exports.MapGet("/certificates.csv", (string? from, string? to, string? batch, NationalExport export, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ExportAsync("certificates", "csv", batch, from, to, export, user, cancellationToken));
        exports.MapGet("/results.xlsx", (string? batch, string? from, string? to, NationalExport export, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ExportAsync("results", "xlsx", batch, from, to, export, user, cancellationToken));
        exports.MapGet("/results.csv", (string? batch, string? from, string? to, NationalExport export, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ExportAsync("results", "csv", batch, from, to, export, user, cancellationToken));
        exports.MapGet("/", LogAsync);
        exports.MapGet("/progress/{job}", Progress);
        app.MapGet("/api/certificates/near-duplicates", NearDuplicatesAsync).WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    /// <summary>The export log: a page of entries, newest first, with the total.</summary>
    public sealed record ExportLogPage(IReadOnlyList<ExportLogEntry> Entries, long Total, int Page, int PageSize);

    private static async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(string kind, string format, string? batch,
        string? from, string? to, NationalExport export, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (request, field, problem) = NationalExport.Parse(kind, format, batch, from, to);
        if (request is null)
        {
            return Replies.Invalid(field!, problem!);
        }

        var (outcome, file, lines) = await export.ExportAsync(request, user.Actor(), cancellationToken);
        return outcome switch
        {
            ExportOutcome.Written => TypedResults.File(file!.Content, file.ContentType, file.Entry.FileName),
            ExportOutcome.NoSuchBatch => Replies.NotFound($"批次 {request.Scope.SessionId ?? request.Scope.BatchId} 没有成绩 (no results for this batch)"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "导出内容过多 (too many rows)",
                detail: $"共 {lines} 行，一次最多 {IExportRecords.MaxLines} 行，请缩小日期范围 ({lines} rows; at most {IExportRecords.MaxLines} per export: narrow the range)"),
        };
    }

    // How far an export started from the 数据上报 page has got (the page's script polls it while the file is written).
    private static Results<Ok<ExportJobState>, ValidationProblem> Progress(string job, ExportProgress progress) =>
        ExportProgress.IsJobId(job) ? TypedResults.Ok(progress.Get(job)) : Replies.Invalid("job", "任务编号为 8–32 位小写字母或数字 (job: 8–32 lower-case letters or digits)");

    private static async Task<Results<Ok<ExportLogPage>, ValidationProblem>> LogAsync(int? page, IExportLog log, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 100_000)
        {
            return Replies.Invalid("page", "页码从 1 开始 (page: from 1)");
        }

        var number = page ?? 1;
        var (entries, total) = await log.ListAsync((number - 1L) * PageSize, PageSize, cancellationToken);
        return TypedResults.Ok(new ExportLogPage(entries, total, number, PageSize));
    }

    private static async Task<Ok<IReadOnlyList<NearDuplicate>>> NearDuplicatesAsync(IExportRecords records, CancellationToken cancellationToken) =>
        TypedResults.Ok(await records.NearDuplicatesAsync(IExportRecords.MaxPairs, cancellationToken));
}
