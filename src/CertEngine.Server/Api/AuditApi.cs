using CertEngine.Contracts;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Api;

/// <summary>
/// The append-only audit trails (考务日志): one per subject, e.g. <c>session/TY-20261123-01</c>,
/// <c>certificate/S0000…</c>, <c>staff/li.jianguo</c>. Read-only over HTTP: records are only ever appended by grains.
/// </summary>
public static class AuditApi
{
    /// <summary>Maps the audit endpoint.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", GetAsync).WithTags("Audit").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditRecord>>, ValidationProblem>> GetAsync(string? subject, IGrainFactory grains) =>
        string.IsNullOrWhiteSpace(subject) || subject.Length > 200
            ? Replies.Invalid("subject", "请给出审计对象，如 session/TY-20261123-01 (give the subject)")
            : TypedResults.Ok(await grains.GetGrain<IAuditTrailGrain>(subject.Trim()).GetAsync());
}
