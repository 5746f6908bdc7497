using System.Globalization;
using CertEngine.Contracts.Certificates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Staff search of certificates (证书查询): <c>GET /api/certificates/search?q=…&amp;session=…&amp;from=…&amp;to=…&amp;page=…</c>, by part
/// of the number, holder's name or ID number, a sitting and dates of issue (yyyy-MM-dd, inclusive); at least one is needed.
/// </summary>
public static class CertificateSearchApi
{
    /// <summary>Maps the search endpoint.</summary>
    public static IEndpointRouteBuilder MapCertificateSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/certificates/search", SearchAsync).WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    /// <summary>The query the parameters make, or the name of the first parameter that is wrong and why.</summary>
    public static (CertificateQuery? Query, string? Field, string? Problem) Parse(string? q, string? session, string? from, string? to)
    {
        if ((q?.Trim().Length ?? 0) > CertificateSearch.MaxQueryLength)
        {
            return (null, "q", $"查询内容不超过 {CertificateSearch.MaxQueryLength} 个字 (q: at most {CertificateSearch.MaxQueryLength} characters)");
        }

        if ((session?.Trim().Length ?? 0) > CertificateDocumentApi.MaxKeyLength)
        {
            return (null, "session", "场次编号过长 (session: too long)");
        }

        DateOnly? first = null, last = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, "from", "日期格式为 yyyy-MM-dd (from: yyyy-MM-dd)");
            }

            first = date;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, "to", "日期格式为 yyyy-MM-dd (to: yyyy-MM-dd)");
            }

            last = date;
        }

        var query = new CertificateQuery((q ?? "").Trim(), (session ?? "").Trim(), first, last);
        return query.IsEmpty
            ? (null, "q", "请给出证书编号、姓名、身份证号（或其一部分）、场次或发证日期 (give part of a certificate number, name or ID number, a sitting or dates of issue)")
            : (query, null, null);
    }

    private static async Task<Results<Ok<IReadOnlyList<CertificateSnapshot>>, ValidationProblem>> SearchAsync(
        string? q, string? session, string? from, string? to, int? page, CertificateSearch search, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "页码从 1 开始 (page: from 1)");
        }

        var (query, field, problem) = Parse(q, session, from, to);
        return query is null ? Replies.Invalid(field!, problem!) : TypedResults.Ok(await search.FindAsync(query, page ?? 1, cancellationToken));
    }
}
