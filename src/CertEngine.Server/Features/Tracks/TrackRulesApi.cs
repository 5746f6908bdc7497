using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// Track rules (认定规则) edited on the web: one tracks file per occupation or 专项 code, checked against the whole tracks
/// data and the newest published bank, published as versions 1, 2, … (the shipped file is version 0), kept in the store
/// and shared by every silo. A track pins a version when opened and changes it only by <c>POST /api/tracks/adopt-rules</c>.
/// </summary>
public static class TrackRulesApi
{
    // A tracks file is a few KB: 64 KB of YAML, escaped in JSON at most about six-fold, with the note around it.
    private const long MaxBodyBytes = 6 * TrackRulesRevision.MaxBytes + 16 * 1024;

    /// <summary>An edited tracks file to check.</summary>
    public sealed record ValidateRequest([property: Required(AllowEmptyStrings = true), StringLength(TrackRulesRevision.MaxBytes)] string Yaml);

    /// <summary>An edited tracks file to publish, and why the rules change.</summary>
    public sealed record PublishRequest(
        [property: Required(AllowEmptyStrings = true), StringLength(TrackRulesRevision.MaxBytes)] string Yaml,
        [property: Required, StringLength(500, MinimumLength = 1)] string Note);

    /// <summary>Maps the track rules endpoints.</summary>
    public static IEndpointRouteBuilder MapTrackRulesApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/tracks/rules").WithTags("Tracks");
        rules.MapGet("/{code}", GetAsync).RequireAuthorization(AccessPolicies.Staff);
        rules.MapGet("/{code}/versions/{version}", VersionAsync).RequireAuthorization(AccessPolicies.Staff);
        rules.MapPost("/{code}/validate", ValidateAsync).RequireAuthorization(AccessPolicies.Registrar)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithDescription("Checks an edited tracks file of the code (the shipped data with that file replaced, every track built on the newest published bank version); publishes nothing. 200 with 'valid', 'problems' by file and line, and a preview of the tracks beside the current ones.");
        rules.MapPost("/{code}", PublishAsync).RequireAuthorization(AccessPolicies.Registrar)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithDescription("Publishes an edited tracks file as the code's next rules version: 201 with the version; 409 with 'problems' when refused (nothing is kept).");
        return app;
    }

    private static async Task<Results<Ok<RulesView>, ProblemHttpResult>> GetAsync(string code, TrackRulesWorkshop workshop) =>
        await workshop.FindAsync(code) is { } view ? TypedResults.Ok(view) : Replies.NotFound($"没有 {code} 的认定规则或题库 (no rules or bank for {code})");

    private static async Task<Results<Ok<RulesText>, ProblemHttpResult>> VersionAsync(string code, int version, TrackRulesWorkshop workshop) =>
        await workshop.TextAsync(code, version) is { } text
            ? TypedResults.Ok(new RulesText(code, version, text))
            : Replies.NotFound($"{code} 没有第 {version} 版认定规则 (no track rules version {version})");

    private static async Task<Results<Ok<RulesPreview>, ProblemHttpResult>> ValidateAsync(string code, ValidateRequest request, TrackRulesWorkshop workshop) =>
        await workshop.FindAsync(code) is null
            ? Replies.NotFound($"没有 {code} 的认定规则或题库 (no rules or bank for {code})")
            : TypedResults.Ok(await workshop.CheckAsync(code, request.Yaml));

    private static async Task<Results<Created<TrackRulesVersionInfo>, ProblemHttpResult>> PublishAsync(
        string code, PublishRequest request, ClaimsPrincipal user, TrackRulesWorkshop workshop)
    {
        if (await workshop.FindAsync(code) is null)
        {
            return Replies.NotFound($"没有 {code} 的认定规则或题库 (no rules or bank for {code})");
        }

        var reply = await workshop.PublishAsync(code, request.Yaml, request.Note, user.Actor());
        return reply.Version is { } version
            ? TypedResults.Created($"/api/tracks/rules/{Uri.EscapeDataString(code)}/versions/{version.Version}", version)
            : Replies.Refused(reply.Reason ?? Refusal.Of(RefusalCode.Unspecified), new Dictionary<string, object?> { ["problems"] = reply.Problems });
    }
}
