using System.Security.Claims;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>Registering candidates from a spreadsheet (批量导入考生), and the template to fill in.</summary>
public static class CandidateImportApi
{
    /// <summary>The content type of an .xlsx workbook.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the import endpoints.</summary>
    public static IEndpointRouteBuilder MapCandidateImportApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/candidates").WithTags("Candidates").RequireAuthorization(AccessPolicies.Registrar);
        // Anti-forgery tokens are for forms of our own pages; API callers have none. A page of another origin, same-site
        // ones included (which SameSite=Strict lets through with the cookie), is refused before this by CrossSiteRequestGate.
        // No Accepts(): a content-type constraint would answer 415 before authorization, telling anonymous callers about the endpoint.
        candidates.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithDescription("multipart/form-data with the .xlsx workbook in the 'file' field (at most 4 MB); 400 with 'problems' (row, column, message) and nobody registered when any row is wrong.");
        candidates.MapGet("/import-template", Template);
        return app;
    }

    private static async Task<Results<Ok<CandidateImportOutcome>, ProblemHttpResult, ValidationProblem>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, CandidateImport import, CancellationToken cancellationToken)
    {
        var (file, problem) = await Upload.ReadAsync(request, CandidateImport.MaxBytes, [".xlsx"], cancellationToken);
        if (file is null)
        {
            return problem!;
        }

        using var stream = new MemoryStream(file.Content, writable: false);
        var outcome = await import.ImportAsync(stream, user.Actor(), cancellationToken);
        if (outcome.Registered == 0 && outcome.Problems.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "名单有误，未登记任何考生 (the file has errors; nobody was registered)",
                detail: string.Join("\n", outcome.Problems.Take(20)),
                extensions: new Dictionary<string, object?> { ["problems"] = outcome.Problems });
        }

        return TypedResults.Ok(outcome);
    }

    private static FileContentHttpResult Template()
    {
        using var stream = new MemoryStream();
        CandidateSheet.WriteTemplate(stream);
        return TypedResults.File(stream.ToArray(), XlsxContentType, "考生名单模板.xlsx");
    }
}
