using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// 发证 over HTTP (Admin, CentreManager): <c>GET /api/certificates/readiness?track=…&amp;page=…</c> lists a track's enrolled
/// candidates with what issuing would do for each and why not, in words; <c>POST /api/certificates/issue-batch</c> issues up to
/// <see cref="CertificateIssuance.MaxBatch"/> and answers each outcome (a refusal for one candidate does not stop the others).
/// </summary>
public static class CertificateIssuanceApi
{
    /// <summary>A batch to issue: the candidates by ID number, or by the row keys the 发证 page shows (<c>candidates</c>), not both.</summary>
    public sealed record IssueBatchRequest(
        [property: Required, StringLength(CertificateDocumentApi.MaxKeyLength, MinimumLength = 1)] string Track,
        IReadOnlyList<string>? IdNumbers,
        IReadOnlyList<string>? Candidates = null);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCertificateIssuanceApi(this IEndpointRouteBuilder app)
    {
        var issuing = app.MapGroup("/api/certificates").WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        issuing.MapGet("/readiness", ReadinessAsync);
        issuing.MapPost("/issue-batch", IssueAsync);
        return app;
    }

    private static async Task<Results<Ok<ReadinessBoard>, ValidationProblem, ProblemHttpResult>> ReadinessAsync(
        string? track, int? page, CertificateIssuance issuance, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(track) || track.Length > CertificateDocumentApi.MaxKeyLength)
        {
            return Replies.Invalid("track", "请给出认定项目 (give the track)");
        }

        if (page is < 1 or > 100_000)
        {
            return Replies.Invalid("page", "页码从 1 开始 (page: from 1)");
        }

        if (await issuance.TrackAsync(track.Trim()) is null)
        {
            return Replies.NotFound($"认定项目 {track} 未开设 (track not opened)");
        }

        return TypedResults.Ok(await issuance.BoardAsync(track.Trim(), page ?? 1, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<IssueLine>>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        IssueBatchRequest request, ClaimsPrincipal user, CertificateIssuance issuance, CancellationToken cancellationToken)
    {
        var byKey = request.Candidates is not null;
        var given = request.Candidates ?? request.IdNumbers ?? [];
        var field = byKey ? "candidates" : "idNumbers";
        if ((byKey && request.IdNumbers is not null) || given.Count is 0 or > CertificateIssuance.MaxBatch)
        {
            return Replies.Invalid(field, $"每批 1 至 {CertificateIssuance.MaxBatch} 人，按身份证号或按名单行给出其一 ({field}: 1 to {CertificateIssuance.MaxBatch}, idNumbers or candidates)");
        }

        if (given.Any(i => i is null || i.Trim().Length != (byKey ? CandidateRowKeys.Length : 18)))
        {
            return Replies.Invalid(field, byKey ? "名单行标识不正确 (not a row key of the page)" : "身份证号应为 18 位 (each ID number has 18 characters)");
        }

        if (await issuance.TrackAsync(request.Track.Trim()) is null)
        {
            return Replies.NotFound($"认定项目 {request.Track} 未开设 (track not opened)");
        }

        var idNumbers = byKey ? await issuance.ResolveAsync(request.Track.Trim(), given) : given;
        if (idNumbers is null)
        {
            return Replies.Invalid(field, "名单已变化，请刷新页面后再发证 (the list changed: reload the page)");
        }

        return TypedResults.Ok(await issuance.IssueAsync(request.Track.Trim(), idNumbers, user.Actor(), cancellationToken));
    }
}
