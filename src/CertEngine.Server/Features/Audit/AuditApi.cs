using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Audit;

/// <summary>
/// The audit log (考务日志), read from the record store's table with filters and paging, newest first: by subject
/// (<c>session/TY-20261123-01</c>, <c>certificate/S0000…</c>, <c>staff/li.jianguo</c>, <c>candidate/{internal id}</c>),
/// actor, action and time. Read-only over HTTP: records are only ever appended by grains, each chained to the one
/// before it (<c>audit verify</c>).
/// </summary>
public static class AuditApi
{
    /// <summary>One record as the API shows it, with its place and hash in its subject's chain.</summary>
    public sealed record AuditRecordView(
        string Subject, long Sequence, DateTimeOffset At, string Actor, string Action, string Reason, string Details, string Hash);

    /// <summary>A page of records and how many match in all.</summary>
    public sealed record AuditPage(IReadOnlyList<AuditRecordView> Records, long Total, int Page, int PageSize);

    /// <summary>The default page size.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Maps the audit endpoint.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", GetAsync).WithTags("Audit").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> GetAsync(
        IAuditLog log, string? subject = null, string? actor = null, string? action = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        foreach (var (name, value) in new[] { ("subject", subject), ("actor", actor), ("action", action) })
        {
            if (value is { Length: > 200 })
            {
                return Replies.Invalid(name, "不超过 200 个字符 (at most 200 characters)");
            }
        }

        if (page is < 1 or > 100_000)
        {
            return Replies.Invalid("page", "页码应在 1–100000 之间 (page: 1–100000)");
        }

        if (pageSize is < 1 or > AuditQuery.MaxTake)
        {
            return Replies.Invalid("pageSize", $"每页 1–{AuditQuery.MaxTake} 条 (pageSize: 1–{AuditQuery.MaxTake})");
        }

        var query = new AuditQuery(subject?.Trim(), actor?.Trim(), action?.Trim(), from, to, (page - 1) * pageSize, pageSize);
        var (rows, total) = await log.QueryAsync(query, cancellationToken);
        return TypedResults.Ok(new AuditPage(
            rows.Select(r => new AuditRecordView(r.Subject, r.Sequence, r.At, r.Actor, r.Action, r.Reason, r.Details, r.Hash)).ToList(), total, page, pageSize));
    }
}
