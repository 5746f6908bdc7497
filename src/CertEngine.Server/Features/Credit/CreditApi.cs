using System.Security.Claims;
using CertEngine.Contracts.Accounts;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Credit;

/// <summary>
/// Credit records (Admin, CentreManager): <c>GET /api/candidates/{idNumber}/credit-record</c> (JSON, or <c>?format=csv</c>),
/// masked unless an Admin adds <c>?unmasked=true</c> (audited); training hours entered or imported at <c>POST /api/training-hours</c>.
/// </summary>
public static class CreditApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCreditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/candidates/{idNumber}/credit-record", RecordAsync).WithTags("Credit").RequireAuthorization(AccessPolicies.Registrar);
        app.MapPost("/api/training-hours", AddTrainingAsync).WithTags("Credit").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    /// <summary>How many entries were stored now (an entry imported before is not stored twice) and how many were sent.</summary>
    public sealed record TrainingAdded(int Added, int Sent);

    private static async Task<Results<Ok<CreditRecord>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RecordAsync(
        string idNumber, string? format, bool? unmasked, ClaimsPrincipal user, CreditRecords credit, CancellationToken cancellationToken)
    {
        var csv = format?.Trim().ToUpperInvariant() switch
        {
            null or "" or "JSON" => false,
            "CSV" => true,
            _ => (bool?)null,
        };
        if (csv is null)
        {
            return Replies.Invalid("format", "格式只能是 json 或 csv (format: json or csv)");
        }

        if (unmasked == true && !user.IsInRole(StaffRoles.Admin))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作 (forbidden)",
                detail: "只有系统管理员可查看未遮蔽的信用档案 (only an Admin may read a credit record unmasked)");
        }

        var key = idNumber.Trim().ToUpperInvariant();
        if (key.Length != 18 || await credit.BuildAsync(key, unmasked == true, user.Actor(), cancellationToken) is not { } record)
        {
            return Replies.NotFound("没有该人员的记录 (no record of this person)");
        }

        return csv.Value
            ? TypedResults.File(CreditRecords.Csv(record), "text/csv; charset=utf-8", "credit-record.csv")
            : TypedResults.Ok(record);
    }

    private static async Task<Results<Ok<TrainingAdded>, ValidationProblem>> AddTrainingAsync(TrainingImport import, ClaimsPrincipal user, CreditRecords credit,
        CancellationToken cancellationToken)
    {
        var (added, field, problem) = await credit.AddTrainingAsync(import, user.Actor(), cancellationToken);
        return field is null ? TypedResults.Ok(new TrainingAdded(added, import.Entries.Count)) : Replies.Invalid(field, problem!);
    }
}
