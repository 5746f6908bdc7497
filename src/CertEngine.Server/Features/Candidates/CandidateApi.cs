using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>Real-name candidates (考生实名登记), their enrolment on a track (申报) and their record (考务管理).</summary>
public static class CandidateApi
{
    /// <summary>A candidate to register.</summary>
    public sealed record RegisterRequest(
        [property: Required, StringLength(32, MinimumLength = 1)] string Name,
        [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber,
        [property: StringLength(40)] string? County,
        [property: MaxLength(20)] IReadOnlyList<string>? Tags);

    /// <summary>An application to sit a track with its evidence (申报材料).</summary>
    public sealed record EnrolRequest(
        [property: Required, StringLength(80)] string TrackKey,
        [property: Required, MaxLength(50)] IReadOnlyList<Evidence> Evidence);

    /// <summary>The largest page of <c>GET /api/candidates</c>.</summary>
    public const int MaxPageSize = 100;

    /// <summary>One candidate in the list: the latest registered profile.</summary>
    /// <param name="Name">The name.</param>
    /// <param name="IdNumber">The ID number.</param>
    /// <param name="County">The county, or empty.</param>
    /// <param name="Tags">The centre's tags.</param>
    /// <param name="UpdatedAt">When the profile was registered or last changed.</param>
    public sealed record CandidateListEntry(string Name, string IdNumber, string County, IReadOnlyList<string> Tags, DateTimeOffset UpdatedAt);

    /// <summary>A page of the candidate list.</summary>
    /// <param name="Candidates">The candidates on the page, by name.</param>
    /// <param name="Page">The page (from 1).</param>
    /// <param name="PageSize">The page size.</param>
    /// <param name="HasMore">Whether another page follows.</param>
    public sealed record CandidateListPage(IReadOnlyList<CandidateListEntry> Candidates, int Page, int PageSize, bool HasMore);

    /// <summary>Maps the candidate endpoints.</summary>
    public static IEndpointRouteBuilder MapCandidateApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/candidates").WithTags("Candidates").RequireAuthorization(AccessPolicies.Registrar);
        candidates.MapGet("/", ListAsync);
        candidates.MapPost("/", RegisterAsync);
        candidates.MapGet("/{idNumber}", GetAsync);
        candidates.MapPost("/{idNumber}/enrolments", EnrolAsync);
        return app;
    }

    // The record store's candidate table, never grain state: a part of the name, ID number, county or a tag.
    private static async Task<Results<Ok<CandidateListPage>, ValidationProblem>> ListAsync(IFactStore records, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number is < 1 or > 100_000)
        {
            return Replies.Invalid("page", "页码应在 1 到 100000 之间 (page: 1–100000)");
        }

        if (size is < 1 or > MaxPageSize)
        {
            return Replies.Invalid("pageSize", $"每页 1 到 {MaxPageSize} 名 (pageSize: 1–{MaxPageSize})");
        }

        if (q is { Length: > SqlFactStore.MaxSearchLength })
        {
            return Replies.Invalid("q", $"搜索内容不超过 {SqlFactStore.MaxSearchLength} 个字 (q: at most {SqlFactStore.MaxSearchLength} characters)");
        }

        var rows = await records.CandidatesAsync(q, (long)(number - 1) * size, size + 1, cancellationToken);
        var entries = rows.Take(size).Select(r => new CandidateListEntry(r.Name, r.IdNumber, r.County, r.Tags, r.At)).ToList();
        return TypedResults.Ok(new CandidateListPage(entries, number, size, rows.Count > size));
    }

    private static async Task<Results<Created<CandidateSnapshot>, ProblemHttpResult>> RegisterAsync(RegisterRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var idNumber = request.IdNumber.Trim().ToUpperInvariant();
        var grain = grains.GetGrain<ICandidateGrain>(idNumber);
        var reply = await grain.RegisterAsync(new CandidateProfile(request.Name, idNumber, request.County, request.Tags ?? []), user.Actor());
        return reply.Accepted && await grain.GetAsync() is { } candidate
            ? TypedResults.Created($"/api/candidates/{idNumber}", candidate)
            : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<CandidateSnapshot>, ProblemHttpResult>> GetAsync(string idNumber, IGrainFactory grains) =>
        await grains.GetGrain<ICandidateGrain>(idNumber.Trim().ToUpperInvariant()).GetAsync() is { } candidate
            ? TypedResults.Ok(candidate)
            : Replies.NotFound("没有该考生 (no such candidate)");

    private static async Task<Results<NoContent, ProblemHttpResult>> EnrolAsync(string idNumber, EnrolRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await grains.GetGrain<ICertificationTrackGrain>(request.TrackKey.Trim())
            .RegisterCandidateAsync(idNumber.Trim().ToUpperInvariant(), request.Evidence, user.Actor()));
}
