using CertEngine.Contracts.Certificates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Certificates;

/// <summary>Staff search of certificates (证书查询) by certificate number or the holder's ID number.</summary>
public static class CertificateSearchApi
{
    /// <summary>Maps the search endpoint.</summary>
    public static IEndpointRouteBuilder MapCertificateSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/certificates/search", SearchAsync).WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CertificateSnapshot>>, ValidationProblem>> SearchAsync(string? q, CertificateSearch search)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length > CertificateSearch.MaxQueryLength)
        {
            return Replies.Invalid("q", "请给出证书编号或持证人身份证号 (give a certificate number or the holder's ID number)");
        }

        return TypedResults.Ok(await search.FindAsync(q));
    }
}
