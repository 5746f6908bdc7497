using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Server.Admin;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using CertEngine.Contracts;

namespace CertEngine.Server.Api;

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

    /// <summary>
    /// A code's rules: its file name, the newest version (0 = only the shipped file), the number the next publication takes,
    /// every version, and the text to start editing from (<see cref="TextSource"/>: <c>web</c>, <c>shipped</c> or
    /// <c>skeleton</c> for a code with a bank but no file) and the newest published bank version (0 = none).
    /// </summary>
    public sealed record RulesView(
        string Code, string? Name, string File, int NewestVersion, int NextVersion, IReadOnlyList<RulesVersionView> Versions,
        string Text, string TextSource, int BankVersion);

    /// <summary>One rules version: 0 is the shipped file (<c>shipped</c>), the others were published from the web (<c>web</c>).</summary>
    public sealed record RulesVersionView(int Version, string Source, string? PublishedBy, DateTimeOffset? PublishedAt, string? Note, string Sha256);

    /// <summary>One rules version's text.</summary>
    public sealed record RulesText(string Code, int Version, string Yaml);

    /// <summary>
    /// The check of an edited text: whether it may be published, every problem (<c>file:line</c> and message), the bank
    /// version the tracks were built on, the tracks the text defines, and those the code's newest rules define now.
    /// </summary>
    public sealed record RulesPreview(bool Valid, IReadOnlyList<BankProblemInfo> Problems, int BankVersion, IReadOnlyList<PreviewTrack> Tracks, IReadOnlyList<PreviewTrack> Current);

    /// <summary>A track as a rules text defines it: components (minutes, pass marks, scoring), 申报条件, staffing, retakes, 多选 scoring.</summary>
    public sealed record PreviewTrack(
        string Key, string Title, int BankVersion, IReadOnlyList<TrackApi.ComponentView> Components, TrackApi.EligibilityView Eligibility,
        TrackApi.StaffingView Staffing, int RetakeWindowDays, int RetakesPerComponent, string MultipleChoice);

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
