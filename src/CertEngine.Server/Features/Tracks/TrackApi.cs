using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// Certification tracks (认定项目). A track key holds slashes (<c>4-10-01-06/家务服务员/5</c>), so it travels as the
/// <c>key</c> query parameter or in the body, never as a path segment.
/// </summary>
public static class TrackApi
{
    /// <summary>Opens a track on a published bank version.</summary>
    public sealed record OpenRequest([property: Required, StringLength(80)] string Key, [property: Range(1, 100_000)] int BankVersion);

    /// <summary>A request to pin an opened track to a version of its code's track rules (0 = the shipped file).</summary>
    public sealed record AdoptRulesRequest([property: Required, StringLength(80)] string Key, [property: Range(0, 100_000)] int Version);

    /// <summary>Maps the track endpoints.</summary>
    public static IEndpointRouteBuilder MapTrackApi(this IEndpointRouteBuilder app)
    {
        var tracks = app.MapGroup("/api/tracks").WithTags("Tracks");
        tracks.MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.Staff);
        tracks.MapGet("/catalogue", async (TrackDefinitions definitions) => TypedResults.Ok(await definitions.ListAsync()))
            .RequireAuthorization(AccessPolicies.Staff);
        tracks.MapPost("/open", OpenAsync).RequireAuthorization(AccessPolicies.Registrar);
        tracks.MapPost("/issue", IssueAsync).RequireAuthorization(AccessPolicies.Registrar);
        tracks.MapPost("/adopt-rules", AdoptRulesAsync).RequireAuthorization(AccessPolicies.Registrar)
            .WithDescription("Pins an opened track to a version of its code's track rules; sittings scheduled afterwards use it, earlier ones keep theirs. 409 when the version does not exist or does not build on the track's bank version.");
        return app;
    }

    /// <summary>A request to issue a candidate's certificate once every component has passed.</summary>
    public sealed record IssueRequest([property: Required, StringLength(80)] string Key, [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber);

    private static async Task<Results<Ok<TrackSummary>, ProblemHttpResult, ValidationProblem>> GetAsync(string? key, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 80)
        {
            return Replies.Invalid("key", "请给出认定项目编号，如 4-10-01-06/家务服务员/5 (give the track key)");
        }

        return await grains.GetGrain<ICertificationTrackGrain>(key.Trim()).GetAsync() is { } track
            ? TypedResults.Ok(track)
            : Replies.NotFound($"认定项目 {key} 尚未开通 (track not opened)");
    }

    private static async Task<Results<Ok<TrackSummary>, ProblemHttpResult>> OpenAsync(OpenRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(request.Key.Trim());
        var reply = await track.OpenAsync(request.BankVersion, user.Actor());
        return reply.Accepted && await track.GetAsync() is { } summary ? TypedResults.Ok(summary) : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<TrackSummary>, ProblemHttpResult>> AdoptRulesAsync(AdoptRulesRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(request.Key.Trim());
        var reply = await track.AdoptRulesAsync(request.Version, user.Actor());
        return reply.Accepted && await track.GetAsync() is { } summary ? TypedResults.Ok(summary) : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<IssueReply>, ProblemHttpResult>> IssueAsync(IssueRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var reply = await grains.GetGrain<ICertificationTrackGrain>(request.Key.Trim()).IssueCertificateAsync(request.IdNumber.Trim().ToUpperInvariant(), user.Actor());
        return reply.Outcome is IssueOutcome.Issued or IssueOutcome.AlreadyIssued ? TypedResults.Ok(reply) : Replies.Refused(reply);
    }
}
