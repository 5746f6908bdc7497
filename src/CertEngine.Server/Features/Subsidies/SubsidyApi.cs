using System.Security.Claims;
using CertEngine.Domain.Programmes;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Subsidies;

/// <summary>
/// The 培训补贴 list over HTTP (Admin, CentreManager): <c>GET /api/subsidies?year=…</c> (JSON, or <c>format=xlsx</c>), a claim's
/// change of state <c>POST /api/subsidies/{number}/state</c> and its history <c>GET /api/subsidies/{number}/history</c>.
/// </summary>
public static class SubsidyApi
{
    /// <summary>The longest certificate number accepted.</summary>
    public const int MaxNumberLength = 40;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSubsidyApi(this IEndpointRouteBuilder app)
    {
        var subsidies = app.MapGroup("/api/subsidies").WithTags("Subsidies").RequireAuthorization(AccessPolicies.Registrar);
        subsidies.MapGet("", ListAsync);
        subsidies.MapPost("/{number}/state", ChangeAsync);
        subsidies.MapGet("/{number}/history", HistoryAsync);
        return app;
    }

    /// <summary>The filters checked: the query, or the 400 naming the field that is wrong.</summary>
    public static (SubsidyQuery? Query, ValidationProblem? Problem) Check(SubsidyList list, int? year, string? county, int? month, string? state)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (year is not { } y || y is < ProgrammeTarget.MinYear or > ProgrammeTarget.MaxYear)
        {
            return (null, Replies.Invalid("year", $"请给出 {ProgrammeTarget.MinYear}–{ProgrammeTarget.MaxYear} 之间的年份 (give a year from {ProgrammeTarget.MinYear} to {ProgrammeTarget.MaxYear})"));
        }

        if (month is < 0 or > 12)
        {
            return (null, Replies.Invalid("month", "月份须为 1–12 (month: 1 to 12)"));
        }

        if (!string.IsNullOrWhiteSpace(state) && SubsidyClaimRules.Parse(state) is null)
        {
            return (null, Replies.Invalid("state", "状态只能是 draft、submitted、paid 或 refused (state: draft, submitted, paid or refused)"));
        }

        if (county?.Length > 40)
        {
            return (null, Replies.Invalid("county", "县区最多 40 个字 (county: at most 40 characters)"));
        }

        return (list.Query(y, county?.Trim() ?? "", month ?? 0, state?.Trim().ToLowerInvariant() ?? ""), null);
    }

    private static async Task<Results<Ok<SubsidyListing>, FileContentHttpResult, ValidationProblem>> ListAsync(
        int? year, string? county, int? month, string? state, int? page, int? pageSize, string? format, SubsidyList list, CancellationToken cancellationToken)
    {
        if (ResultApi.WantsExcel(format) is not { } excel)
        {
            return Replies.Invalid("format", "格式只能是 json 或 xlsx (format: json or xlsx)");
        }

        if (page is < 1 or > 100_000 || pageSize is < 1 or > ISubsidyClaims.MaxTake)
        {
            return Replies.Invalid("page", $"页码从 1 起，每页 1–{ISubsidyClaims.MaxTake} 条 (page from 1, 1–{ISubsidyClaims.MaxTake} per page)");
        }

        var (query, problem) = Check(list, year, county, month, state);
        if (query is null)
        {
            return problem!;
        }

        return excel
            ? TypedResults.File(await list.WorkbookAsync(query, cancellationToken), ResultApi.Xlsx, $"subsidies-{query.Year}.xlsx")
            : TypedResults.Ok(await list.ListAsync(query, page ?? 1, pageSize ?? SubsidyList.DefaultPageSize, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string number, SubsidyStateRequest request, ClaimsPrincipal user, SubsidyList list, CancellationToken cancellationToken)
    {
        if (number.Length > MaxNumberLength)
        {
            return Replies.NotFound($"没有证书 {number[..MaxNumberLength]}… (no such certificate)");
        }

        if (SubsidyClaimRules.Parse(request.State) is not { } state)
        {
            return Replies.Invalid("state", "状态只能是 draft、submitted、paid 或 refused (state: draft, submitted, paid or refused)");
        }

        return await list.ChangeAsync(number.Trim(), request.Version, state, request.Reason ?? "", user.Actor(), cancellationToken) is { } refusal
            ? Replies.Refused(refusal)
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<SubsidyClaimEvent>>, ProblemHttpResult>> HistoryAsync(string number, SubsidyList list, CancellationToken cancellationToken) =>
        number.Length > MaxNumberLength
            ? Replies.NotFound("没有该证书 (no such certificate)")
            : TypedResults.Ok(await list.HistoryAsync(number.Trim(), cancellationToken));
}
