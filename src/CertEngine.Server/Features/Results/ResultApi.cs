using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// Results tables over HTTP (Admin, CentreManager): <c>GET /api/results/sittings/{id}</c> and <c>GET /api/results/tracks?key=…</c>,
/// each also as an Excel workbook with <c>format=xlsx</c>; a candidate's transcript (成绩单) for a track at
/// <c>GET /api/results/transcripts/{idNumber}?track=…</c> (the ID number, or the row key the results page links with,
/// <see cref="CandidateRowKeys"/>, found among the track's results).
/// </summary>
public static class ResultApi
{
    /// <summary>The .xlsx content type.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The longest sitting id or track key accepted.</summary>
    public const int MaxKeyLength = 80;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapResultApi(this IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/results").WithTags("Results").RequireAuthorization(AccessPolicies.Registrar);
        results.MapGet("/sittings/{id}", SittingAsync);
        results.MapGet("/tracks", TrackAsync);
        results.MapGet("/transcripts/{idNumber}", TranscriptAsync).WithMetadata(new ContentSecurityPolicyAttribute(ContentSecurityPolicies.Document));
        return app;
    }

    /// <summary>Whether <paramref name="format"/> asks for JSON (empty or <c>json</c>) or Excel (<c>xlsx</c>); null when neither.</summary>
    public static bool? WantsExcel(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        null or "" or "JSON" => false,
        "XLSX" => true,
        _ => null,
    };

    private static async Task<Results<Ok<SittingResults>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> SittingAsync(
        string id, string? format, ResultTables tables, CancellationToken cancellationToken)
    {
        if (WantsExcel(format) is not { } excel)
        {
            return Replies.Invalid("format", "格式只能是 json 或 xlsx (format: json or xlsx)");
        }

        if (id.Length > MaxKeyLength || await tables.SittingAsync(id.Trim(), cancellationToken) is not { } table)
        {
            return Replies.NotFound($"没有场次 {id} (no such sitting)");
        }

        return excel ? TypedResults.File(ResultTables.Workbook(table), Xlsx, $"results-{DownloadNames.Part(table.SessionId)}.xlsx") : TypedResults.Ok(table);
    }

    private static async Task<Results<Ok<TrackResults>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> TrackAsync(
        string? key, string? format, ResultTables tables, CancellationToken cancellationToken)
    {
        if (WantsExcel(format) is not { } excel)
        {
            return Replies.Invalid("format", "格式只能是 json 或 xlsx (format: json or xlsx)");
        }

        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return Replies.Invalid("key", "请给出认定项目 (give the track key)");
        }

        if (await tables.TrackAsync(key.Trim(), cancellationToken) is not { } table)
        {
            return Replies.NotFound($"认定项目 {key} 未开设 (track not opened)");
        }

        return excel ? TypedResults.File(ResultTables.Workbook(table), Xlsx, $"results-{DownloadNames.Part(table.TrackKey)}.xlsx") : TypedResults.Ok(table);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> TranscriptAsync(string idNumber, string? track, Transcripts transcripts,
        ResultTables tables, CandidateRowKeys rowKeys, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(track) || track.Length > MaxKeyLength)
        {
            return Replies.Invalid("track", "请给出认定项目 (give the track)");
        }

        if (idNumber.Trim().Length == CandidateRowKeys.Length && await tables.TrackAsync(track.Trim(), cancellationToken) is { } table)
        {
            idNumber = rowKeys.Find([idNumber], table.Lines.Select(l => l.IdNumber)) is [var found, ..] ? found : "";
        }

        if (idNumber.Trim().Length != 18 || await transcripts.RenderAsync(idNumber.Trim().ToUpperInvariant(), track.Trim()) is not { } html)
        {
            return Replies.NotFound("没有该考生或认定项目 (no such candidate or track)");
        }

        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>A file-name-safe form of a key (ASCII letters, digits and dashes).</summary>
    public static string Slug(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
}
