using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Server.Admin;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Api;

/// <summary>
/// Certification tracks (认定项目). A track key holds slashes (<c>4-10-01-06/家务服务员/5</c>), so it travels as the
/// <c>key</c> query parameter or in the body, never as a path segment.
/// </summary>
public static class TrackApi
{
    /// <summary>Opens a track on a published bank version.</summary>
    public sealed record OpenRequest([property: Required, StringLength(80)] string Key, [property: Range(1, 100_000)] int BankVersion);

    /// <summary>
    /// Every track the tracks data defines, with the problems that kept any from being listed (unreadable tracks data,
    /// an occupation without a published bank version).
    /// </summary>
    /// <param name="Codes">Each occupation or 专项 code with a tracks file or a bank, and its track rules versions.</param>
    public sealed record CatalogueView(IReadOnlyList<DefinedTrack> Tracks, IReadOnlyList<string> Problems, IReadOnlyList<RulesCode> Codes);

    /// <summary>
    /// One code's track rules (认定规则): its name (from the newest bank), the newest rules version (0 = the shipped file
    /// only) and whether any rules exist for it (a code with a bank but no file has none until one is published).
    /// </summary>
    public sealed record RulesCode(string Code, string? Name, int NewestRulesVersion, bool HasRules);

    /// <summary>
    /// One track the tracks data defines (occupation × 工种 × level, or a 专项), as the bank version it is opened on
    /// (<see cref="OpenedVersion"/>) or, when not opened, the newest published version (<see cref="ShownVersion"/>)
    /// would build it. <see cref="Problem"/> is why that version cannot build it (then the details are empty). The same
    /// for track rules: <see cref="RulesVersion"/> is the version the opened track is pinned to (0 = the shipped file),
    /// <see cref="ShownRulesVersion"/> the one shown, <see cref="NewestRulesVersion"/> the code's newest.
    /// </summary>
    public sealed record DefinedTrack(
        string Key, string Title, string OccupationCode, string? WorkType, int? Level, bool Specialty,
        IReadOnlyList<int> PublishedVersions, int? OpenedVersion, int ShownVersion, int Enrolled,
        IReadOnlyList<ComponentView> Components, EligibilityView? Eligibility, StaffingView? Staffing, string? Problem,
        int? RulesVersion, int ShownRulesVersion, int NewestRulesVersion);

    /// <summary>
    /// One component: theory, practical or review; minutes; pass mark out of 100; for scored parts the assessors per
    /// candidate, the adjudication spread, how marks combine (<c>mean</c>, <c>median</c>, <c>trimmedMean</c>) and what a
    /// veto does (<c>taskScoresZero</c>, <c>componentFails</c>); null for theory.
    /// </summary>
    public sealed record ComponentView(
        string Component, int Minutes, decimal PassMark, int Assessors, decimal AdjudicationThreshold, string? Aggregation = null, string? Veto = null);

    /// <summary>A request to pin an opened track to a version of its code's track rules (0 = the shipped file).</summary>
    public sealed record AdoptRulesRequest([property: Required, StringLength(80)] string Key, [property: Range(0, 100_000)] int Version);

    /// <summary>The 申报条件 rule set: a candidate qualifies by meeting any one condition.</summary>
    public sealed record EligibilityView(string Id, int Version, string? Source, IReadOnlyList<ConditionView> Conditions);

    /// <summary>One route to eligibility; <see cref="Unconfirmed"/> when it is a default not confirmed by the official text.</summary>
    public sealed record ConditionView(string Id, string Title, bool Unconfirmed);

    /// <summary>The staffing policy of the track's sittings (考务人员配备, RULES.md §4).</summary>
    public sealed record StaffingView(
        int MinimumProctors, int CandidatesPerProctor, int MinimumAssessors, int CandidatesPerAssessor, bool OddAssessors, int MinimumPanel, bool OddPanel)
    {
        /// <summary>The rule itself, which the sitting grain checks: pages ask it what a roster needs rather than repeat it.</summary>
        public StaffingRule ToRule() => new(MinimumProctors, CandidatesPerProctor, MinimumPanel, OddPanel, MinimumAssessors, CandidatesPerAssessor, OddAssessors);
    }

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
