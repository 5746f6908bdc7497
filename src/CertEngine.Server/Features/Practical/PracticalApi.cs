using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Security;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// Practical scoring (技能考核评分): the tasks assigned to the signed-in assessor, by sitting, ticket and station only (blind:
/// no names, no ID numbers, no other assessor's marks); one task's rubric; the signed score sheet (final and audited);
/// and for the chief assessor (考评组长) the cases held for adjudication with every mark side by side, and the decision.
/// An assessor reaches only the candidates of sittings that name them: any other answers 404, as if it did not exist.
/// </summary>
public static class PracticalApi
{
    /// <summary>A score sheet: points per criterion id (every criterion), the indexes of triggered 否决项, and a remark.</summary>
    public sealed record SheetRequest(
        [property: Required, MaxLength(100)] Dictionary<string, decimal> Awarded,
        [property: MaxLength(50)] IReadOnlyList<int>? Vetoes,
        [property: StringLength(1000)] string? Remark);

    /// <summary>The chief's decision: the task's score (0 to its maximum) and why.</summary>
    public sealed record AdjudicationRequest(
        [property: Range(0, 10_000)] decimal Score,
        [property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>Maps the practical scoring endpoints (Assessor).</summary>
    public static IEndpointRouteBuilder MapPracticalApi(this IEndpointRouteBuilder app)
    {
        var practical = app.MapGroup("/api/practical").WithTags("Practical").RequireAuthorization(AccessPolicies.Assessor);
        practical.MapGet("/assignments", async (ClaimsPrincipal user, IGrainFactory grains) => TypedResults.Ok(await PracticalScoring.AssignmentsAsync(user, grains)));
        practical.MapGet("/adjudications", async (ClaimsPrincipal user, IGrainFactory grains) => TypedResults.Ok(await PracticalScoring.AdjudicationsAsync(user, grains)));
        practical.MapGet("/{sessionId}/{ticket}/tasks/{taskId}", GetTaskAsync);
        practical.MapPost("/{sessionId}/{ticket}/tasks/{taskId}/sheet", PostSheetAsync);
        practical.MapPost("/{sessionId}/{ticket}/tasks/{taskId}/adjudication", PostAdjudicationAsync);
        return app;
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetTaskAsync(string sessionId, string ticket, string taskId, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        await PracticalScoring.FindTaskAsync(sessionId, ticket, taskId, user, grains) is { } task ? TypedResults.Ok(task) : NotYours(http, sessionId, ticket);

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> PostSheetAsync(
        string sessionId, string ticket, string taskId, SheetRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains)
    {
        if (request.Awarded.Any(a => string.IsNullOrWhiteSpace(a.Key) || a.Key.Length > 64))
        {
            return Replies.Invalid("awarded", "评分项编号不能为空且不超过 64 个字符 (criterion ids: 1–64 characters)");
        }

        var sheet = new ScoreSheet(request.Awarded, request.Vetoes ?? [], string.IsNullOrWhiteSpace(request.Remark) ? null : request.Remark.Trim());
        if (await PracticalScoring.SubmitSheetAsync(sessionId, ticket, taskId, sheet, user, grains) is not { } reply)
        {
            return NotYours(http, sessionId, ticket);
        }

        return reply.Accepted ? TypedResults.NoContent() : Replies.Refused(reply);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PostAdjudicationAsync(
        string sessionId, string ticket, string taskId, AdjudicationRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        await PracticalScoring.AdjudicateAsync(sessionId, ticket, taskId, request.Score, request.Reason.Trim(), user, grains) is { } reply ? Replies.From(reply) : NotYours(http, sessionId, ticket);

    // Not assigned and not existing look alike to the assessor; the refusal is recorded.
    private static ProblemHttpResult NotYours(HttpContext http, string sessionId, string ticket)
    {
        http.RecordSecurityEvent(SecurityEventKind.OwnershipRefused, $"practical/{sessionId}/{ticket}");
        return Replies.NotFound($"没有找到分配给您的考生或考题 {ticket} (no candidate or task {ticket} assigned to you)");
    }
}
