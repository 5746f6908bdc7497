using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Batches;

/// <summary>
/// Exam batches (批次) over HTTP (Admin, CentreManager): <c>GET /api/batches?track=…&amp;page=…</c> lists them,
/// <c>POST /api/batches</c> creates one, <c>GET /api/batches/{id}?page=…</c> gives one with its sittings and a page of its
/// candidates and their tickets. Sittings join a batch when scheduled (<c>batchId</c> of <c>POST /api/sessions</c>).
/// </summary>
public static class BatchApi
{
    /// <summary>The longest track key accepted.</summary>
    public const int MaxKeyLength = 80;

    /// <summary>A batch to create.</summary>
    public sealed record CreateRequest(
        [property: Required, StringLength(MaxKeyLength, MinimumLength = 1)] string Track,
        [property: Required, StringLength(200)] string Name,
        [property: Required, StringLength(200)] string Centre,
        [property: Required] DateOnly? FirstDay,
        [property: Required] DateOnly? LastDay);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapBatchApi(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/batches").WithTags("Batches").RequireAuthorization(AccessPolicies.Registrar);
        batches.MapGet("/", ListAsync);
        batches.MapPost("/", CreateAsync);
        batches.MapGet("/{batchId}", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<BatchRow>>, ValidationProblem>> ListAsync(string? track, int? page, BatchDesk desk, CancellationToken cancellationToken)
    {
        if (track is { Length: > MaxKeyLength } || page is < 1 or > 10_000)
        {
            return Replies.Invalid(track is { Length: > MaxKeyLength } ? "track" : "page", "认定项目或页码有误 (track too long, or page not 1 to 10000)");
        }

        return TypedResults.Ok(await desk.ListAsync(string.IsNullOrWhiteSpace(track) ? null : track.Trim(), page ?? 1, cancellationToken));
    }

    private static async Task<Results<Created<BatchRow>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateRequest request, ClaimsPrincipal user, BatchDesk desk, CancellationToken cancellationToken)
    {
        var (batch, reply) = await desk.CreateAsync(request.Track.Trim(), request.Name, request.Centre, request.FirstDay!.Value, request.LastDay!.Value, user.Actor(), cancellationToken);
        if (batch is not null)
        {
            return TypedResults.Created($"/api/batches/{batch.BatchId}", batch);
        }

        return reply.Reason is null ? Replies.NotFound(reply.Refusal ?? "") : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<BatchDetails>, ValidationProblem, ProblemHttpResult>> GetAsync(string batchId, int? page, BatchDesk desk, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "页码从 1 开始 (page: from 1)");
        }

        return BatchDesk.IsId(batchId) && await desk.DetailsAsync(batchId, page ?? 1, cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : Replies.NotFound($"没有批次 {batchId} (no such batch)");
    }
}
