using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Eligibility;

/// <summary>
/// The eligibility review queue (资格审核): applications whose route rests on evidence a person must check. There is no
/// reviewer role: the centre's managers (考务管理, the Registrar policy) review.
/// </summary>
public static class EligibilityReviewApi
{
    /// <summary>A rejection: why (shown to staff and kept in the candidate's trail).</summary>
    public sealed record RejectRequest([property: Required(ErrorMessage = "请填写理由"), StringLength(200, ErrorMessage = "理由不超过 200 字")] string Reason);

    /// <summary>Maps <c>/api/eligibility/reviews</c>.</summary>
    public static IEndpointRouteBuilder MapEligibilityReviewApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/eligibility/reviews").WithTags("Eligibility").RequireAuthorization(AccessPolicies.Registrar);
        reviews.MapGet("/", ListAsync);
        reviews.MapPost("/{id}/approve", ApproveAsync);
        reviews.MapPost("/{id}/reject", RejectAsync);
        return app;
    }

    private static async Task<Results<Ok<ReviewDeskPage>, ValidationProblem>> ListAsync(ReviewDesk queue, string? track, int? page, CancellationToken cancellationToken) =>
        page is < 1 or > ReviewDesk.MaxPage ? Replies.Invalid("page", $"页码应在 1 到 {ReviewDesk.MaxPage} 之间 (page: 1–{ReviewDesk.MaxPage})")
        : track is { Length: > ReviewDesk.MaxTrackLength } ? Replies.Invalid("track", $"认定项目不超过 {ReviewDesk.MaxTrackLength} 个字 (track: at most {ReviewDesk.MaxTrackLength} characters)")
        : TypedResults.Ok(await queue.PageAsync(track, page ?? 1, cancellationToken));

    private static async Task<Results<Ok<ApplicationReply>, ProblemHttpResult>> ApproveAsync(string id, ReviewDesk queue, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await queue.ApproveAsync(id, user.Actor(), cancellationToken) switch
        {
            null => Replies.NotFound("没有该审核 (no such review)"),
            { Outcome: ApplicationOutcome.Enrolled } approved => TypedResults.Ok(approved),
            var refused => Replies.Refused(refused.Reason!),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> RejectAsync(string id, RejectRequest request, ReviewDesk queue, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await queue.RejectAsync(id, request.Reason, user.Actor(), cancellationToken) is { } reply ? Replies.From(reply) : Replies.NotFound("没有该审核 (no such review)");
}
