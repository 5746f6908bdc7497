using CertEngine.Contracts.Security;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Audit;

/// <summary>
/// <c>GET /api/security-events</c> (Admin): refused sign-ins, locked accounts and tickets, refused role and ownership checks,
/// forged certificate tokens, rate-limit and foreign-origin refusals, newest first, rolled up where repetitive.
/// </summary>
public static class SecurityEventApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSecurityEventApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/security-events", GetAsync).WithTags("Security").RequireAuthorization(AccessPolicies.Admin);
        return app;
    }

    private static async Task<Results<Ok<SecurityEventList>, ValidationProblem>> GetAsync(
        IGrainFactory grains, SecurityEventRecorder recorder, string? kind = null, int page = 1, int pageSize = SecurityEventQueries.DefaultPageSize)
    {
        if (page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "页码应在 1–10000 之间 (page: 1–10000)");
        }

        if (pageSize is < 1 or > SecurityEventQueries.MaxPageSize)
        {
            return Replies.Invalid("pageSize", $"每页 1–{SecurityEventQueries.MaxPageSize} 条 (pageSize: 1–{SecurityEventQueries.MaxPageSize})");
        }

        SecurityEventKind? filter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            var match = Enum.GetValues<SecurityEventKind>().Where(k => SecurityEventQueries.KindName(k) == kind).Select(k => (SecurityEventKind?)k).FirstOrDefault();
            if (match is null)
            {
                return Replies.Invalid("kind", "未知的事件类型 (unknown kind; known: " + string.Join(", ", Enum.GetValues<SecurityEventKind>().Select(SecurityEventQueries.KindName)) + ")");
            }

            filter = match;
        }

        return TypedResults.Ok(await SecurityEventQueries.ReadAsync(grains, recorder, filter, page, pageSize));
    }
}
