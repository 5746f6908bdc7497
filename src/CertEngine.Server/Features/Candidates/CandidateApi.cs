using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
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
        [property: MaxLength(20)] IReadOnlyList<string>? Tags,
        [property: StringLength(32, ErrorMessage = "电话过长")] string? Phone = null);

    /// <summary>An application to sit a track with its evidence (申报材料).</summary>
    public sealed record EnrolRequest(
        [property: Required, StringLength(80)] string TrackKey,
        [property: Required, MaxLength(50)] IReadOnlyList<Evidence> Evidence);

    /// <summary>Corrections to a registered candidate's profile; the ID number, if given, must be the candidate's own.</summary>
    public sealed record EditRequest(
        [property: Required(ErrorMessage = "请填写姓名"), StringLength(64, ErrorMessage = "姓名过长")] string Name,
        [property: StringLength(64, ErrorMessage = "县区过长")] string? County,
        [property: MaxLength(40, ErrorMessage = "标签过多")] IReadOnlyList<string>? Tags,
        [property: StringLength(32, ErrorMessage = "电话过长")] string? Phone,
        [property: StringLength(18, ErrorMessage = "身份证号应为 18 位")] string? IdNumber);

    /// <summary>Maps the candidate endpoints.</summary>
    public static IEndpointRouteBuilder MapCandidateApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/candidates").WithTags("Candidates").RequireAuthorization(AccessPolicies.Registrar);
        candidates.MapGet("/", ListAsync);
        candidates.MapPost("/", RegisterAsync);
        candidates.MapGet("/{idNumber}", GetAsync);
        candidates.MapPut("/{idNumber}", EditAsync);
        candidates.MapPost("/{idNumber}/enrolments", EnrolAsync);
        return app;
    }

    // The record store's candidate directory, never grain state; ID numbers masked for roles that may not read them.
    private static async Task<Results<Ok<CandidateListPage>, ValidationProblem>> ListAsync(CandidateDirectoryQueries queries, ClaimsPrincipal user,
        string? q, string? track, string? state, int? page, int? pageSize, string? photo, CancellationToken cancellationToken)
    {
        var request = new CandidateListRequest(q, track, state, page, pageSize, photo);
        return request.Problem() is { } problem
            ? Replies.Invalid(problem.Field, problem.Message)
            : TypedResults.Ok(await queries.ListAsync(request, user, cancellationToken));
    }

    private static async Task<Results<Created<CandidateSnapshot>, ProblemHttpResult>> RegisterAsync(RegisterRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var idNumber = request.IdNumber.Trim().ToUpperInvariant();
        var grain = grains.GetGrain<ICandidateGrain>(idNumber);
        var reply = await grain.RegisterAsync(new CandidateProfile(request.Name, idNumber, request.County, request.Tags ?? [], request.Phone), user.Actor());
        return reply.Accepted && await grain.GetAsync() is { } candidate
            ? TypedResults.Created($"/api/candidates/{idNumber}", candidate)
            : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<CandidateSnapshot>, ProblemHttpResult>> GetAsync(string idNumber, IGrainFactory grains) =>
        await grains.GetGrain<ICandidateGrain>(idNumber.Trim().ToUpperInvariant()).GetAsync() is { } candidate
            ? TypedResults.Ok(candidate)
            : Replies.NotFound("没有该考生 (no such candidate)");

    private static async Task<Results<Ok<CandidateSnapshot>, ProblemHttpResult>> EditAsync(string idNumber, EditRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var key = idNumber.Trim().ToUpperInvariant();
        if (key.Length != 18)
        {
            return Replies.NotFound("没有该考生 (no such candidate)");
        }

        var grain = grains.GetGrain<ICandidateGrain>(key);
        var reply = await grain.EditAsync(new CandidateProfile(request.Name, request.IdNumber ?? key, request.County, request.Tags ?? [], request.Phone), user.Actor());
        return reply.Accepted && await grain.GetAsync() is { } candidate ? TypedResults.Ok(candidate) : Replies.Refused(reply);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EnrolAsync(string idNumber, EnrolRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await grains.GetGrain<ICertificationTrackGrain>(request.TrackKey.Trim())
            .RegisterCandidateAsync(idNumber.Trim().ToUpperInvariant(), request.Evidence, user.Actor()));
}
