using System.Security.Claims;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Features.Audit;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Supervision;

/// <summary>
/// 督导 over HTTP. A Supervisor (督导员) named on a sitting reads it — its supervision record, its audit trail and its
/// results — and files its supervision record (the role's one write); Admin and CentreManager read every sitting's.
/// A sitting the supervisor is not named on answers like one that does not exist (404), and the refusal is recorded.
/// </summary>
public static class SupervisionApi
{
    /// <summary>The audit trail's page size.</summary>
    public const int AuditPageSize = 200;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/supervision/sittings", ListAsync).WithTags("Supervision").RequireAuthorization(AccessPolicies.Supervisor);
        var sitting = app.MapGroup("/api/sessions/{id}").WithTags("Supervision");
        sitting.MapGet("/supervision", GetAsync).RequireAuthorization(AccessPolicies.Oversight);
        sitting.MapPost("/supervision", FileAsync).RequireAuthorization(AccessPolicies.Supervisor);
        sitting.MapGet("/audit", AuditAsync).RequireAuthorization(AccessPolicies.Oversight);
        sitting.MapGet("/results", ResultsAsync).RequireAuthorization(AccessPolicies.Oversight);
        return app;
    }

    /// <summary>The sittings naming the signed-in supervisor, latest first, each with whether its record is signed.</summary>
    public static async Task<IReadOnlyList<SupervisedSitting>> ListFor(ClaimsPrincipal user, IGrainFactory grains, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        var sittings = await SittingQueries.SupervisedAsync(user, grains);
        var signed = await desk.SignedAsync(sittings.Select(s => s.Id).ToList(), cancellationToken);
        return sittings.Select(s => new SupervisedSitting(s, signed.Contains(s.Id))).ToList();
    }

    private static async Task<Ok<IReadOnlyList<SupervisedSitting>>> ListAsync(ClaimsPrincipal user, IGrainFactory grains, SupervisionDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListFor(user, grains, desk, cancellationToken));

    private static async Task<Results<Ok<SupervisionView>, ProblemHttpResult>> GetAsync(string id, HttpContext http, IGrainFactory grains, SupervisionDesk desk, CancellationToken cancellationToken) =>
        await SittingQueries.OverseeableAsync(id, http, grains) is { } session ? TypedResults.Ok(await desk.ViewAsync(session, cancellationToken)) : NotYours(id);

    private static async Task<Results<Created<SupervisionRecordView>, ProblemHttpResult>> FileAsync(
        string id, SupervisionRequest request, HttpContext http, IGrainFactory grains, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        // Only a Supervisor named on the sitting files its record; Admin and CentreManager do not (they oversee, not supervise).
        if (await SittingQueries.OverseeableAsync(id, http, grains) is not { } session || !SittingQueries.Supervises(http.User, session))
        {
            return NotYours(id);
        }

        return await desk.FileAsync(session, request.ToFiling(), http.User, cancellationToken) switch
        {
            FilingOutcome.Filed filed => TypedResults.Created($"/api/sessions/{Uri.EscapeDataString(id)}/supervision", filed.Record),
            FilingOutcome.Refused refused => Replies.Refused(refused.Reply),
            _ => throw new InvalidOperationException("unknown filing outcome"),
        };
    }

    private static async Task<Results<Ok<AuditApi.AuditPage>, ValidationProblem, ProblemHttpResult>> AuditAsync(
        string id, HttpContext http, IGrainFactory grains, IAuditLog log, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "页码应在 1–10000 之间 (page: 1–10000)");
        }

        if (await SittingQueries.OverseeableAsync(id, http, grains) is null)
        {
            return NotYours(id);
        }

        var (rows, total) = await log.QueryAsync(new AuditQuery("session/" + id, null, null, null, null, (page - 1) * AuditPageSize, AuditPageSize), cancellationToken);
        return TypedResults.Ok(new AuditApi.AuditPage(
            rows.Select(r => new AuditApi.AuditRecordView(r.Subject, r.Sequence, r.At, r.Actor, r.Action, r.Reason, r.Details, r.Hash)).ToList(), total, page, AuditPageSize));
    }

    private static async Task<Results<Ok<SittingResults>, ProblemHttpResult>> ResultsAsync(
        string id, HttpContext http, IGrainFactory grains, ResultTables tables, CancellationToken cancellationToken)
    {
        if (await SittingQueries.OverseeableAsync(id, http, grains) is null || await tables.SittingAsync(id, cancellationToken) is not { } table)
        {
            return NotYours(id);
        }

        // A 督导员 sees the results as the roster shows candidates: ID numbers masked.
        return TypedResults.Ok(http.User.IsInRole(StaffRoles.Admin) || http.User.IsInRole(StaffRoles.CentreManager) ? table
            : table with { Lines = table.Lines.Select(l => l with { IdNumber = IdentityNumber.Mask(l.IdNumber) }).ToList() });
    }

    private static ProblemHttpResult NotYours(string id) => Replies.NotFound($"没有找到您督导的场次 {id} (no sitting {id} of yours)");
}
