using CertEngine.Contracts.Security;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Api;

/// <summary>
/// <c>GET /api/security-events</c> (Admin): refused sign-ins, locked accounts and tickets, refused role and ownership checks,
/// forged certificate tokens, rate-limit and foreign-origin refusals, newest first, rolled up where repetitive.
/// </summary>
public static class SecurityEventApi
{
    /// <summary>One event as the API shows it.</summary>
    public sealed record SecurityEventView(
        string Kind, DateTimeOffset FirstAt, DateTimeOffset LastAt, int Count, string Actor, string Subject, string Source);

    /// <summary>A page of events and the paging that produced it.</summary>
    public sealed record SecurityEventList(IReadOnlyList<SecurityEventView> Events, int Total, int Page, int PageSize);

    /// <summary>The default and the largest page size.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = ISecurityEventLogGrain.MaxPage;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSecurityEventApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/security-events", GetAsync).WithTags("Security").RequireAuthorization(AccessPolicies.Admin);
        return app;
    }

    /// <summary>Reads one page of the log, after handing over this server's pending events so the newest are included.</summary>
    public static async Task<SecurityEventList> ReadAsync(IGrainFactory grains, SecurityEventRecorder recorder, SecurityEventKind? kind, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(recorder);
        await recorder.FlushAsync();
        var result = await grains.GetGrain<ISecurityEventLogGrain>(ISecurityEventLogGrain.Key).ListAsync((page - 1) * pageSize, pageSize, kind);
        return new SecurityEventList(result.Events.Select(View).ToList(), result.Total, page, pageSize);
    }

    /// <summary>The name a kind travels as (<c>staff-sign-in-failed</c>).</summary>
    public static string KindName(SecurityEventKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static async Task<Results<Ok<SecurityEventList>, ValidationProblem>> GetAsync(
        IGrainFactory grains, SecurityEventRecorder recorder, string? kind = null, int page = 1, int pageSize = DefaultPageSize)
    {
        if (page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "页码应在 1–10000 之间 (page: 1–10000)");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return Replies.Invalid("pageSize", $"每页 1–{MaxPageSize} 条 (pageSize: 1–{MaxPageSize})");
        }

        SecurityEventKind? filter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            var match = Enum.GetValues<SecurityEventKind>().Where(k => KindName(k) == kind).Select(k => (SecurityEventKind?)k).FirstOrDefault();
            if (match is null)
            {
                return Replies.Invalid("kind", "未知的事件类型 (unknown kind; known: " + string.Join(", ", Enum.GetValues<SecurityEventKind>().Select(KindName)) + ")");
            }

            filter = match;
        }

        return TypedResults.Ok(await ReadAsync(grains, recorder, filter, page, pageSize));
    }

    private static SecurityEventView View(SecurityEvent e) => new(KindName(e.Kind), e.FirstAt, e.LastAt, e.Count, e.Actor, e.Subject, e.Source);
}
