using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Banks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Banks;

/// <summary>
/// Question banks (题库): list banks and versions, upload and check a draft, publish it, compare two versions, download a
/// published version. A version published here is kept in the store, shared by every silo, never in a silo's folder.
/// </summary>
public static class BankApi
{
    /// <summary>Maps the bank endpoints.</summary>
    public static IEndpointRouteBuilder MapBankApi(this IEndpointRouteBuilder app)
    {
        var banks = app.MapGroup("/api/banks").WithTags("Banks");
        banks.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.Staff);
        banks.MapGet("/{code}", GetAsync).RequireAuthorization(AccessPolicies.Staff);
        // No anti-forgery token: API callers (scripts, the load driver) have none. A page of another origin, same-site ones
        // included (which SameSite=Strict lets through with the cookie), is refused before this by CrossSiteRequestGate.
        // No Accepts(): a content-type constraint would answer 415 before authorization, telling anonymous callers about the endpoint.
        banks.MapPost("/drafts", UploadAsync).RequireAuthorization(AccessPolicies.Registrar).DisableAntiforgery()
            .WithDescription("multipart/form-data: one or more .yaml files of a bank folder, a .zip of the folder, or the Excel template (.xlsx, with the 'bank' field naming the bank), in 'file' fields; 20 MB in all. 200 with the check (problems by file and line, counts, diff against the latest version) when the bank loads and was kept as the draft; 400 with 'problems' otherwise.");
        banks.MapGet("/{code}/draft", DraftAsync).RequireAuthorization(AccessPolicies.Staff);
        banks.MapPost("/{code}/drafts/next", DraftNextAsync).RequireAuthorization(AccessPolicies.Registrar).DisableAntiforgery()
            .WithDescription("Drafts the next version from the latest published one, leaving out the items an author retired (item analysis); 200 with the check, 404 when the bank has no published version.");
        banks.MapPost("/{code}/publish", PublishAsync).RequireAuthorization(AccessPolicies.Registrar)
            .WithDescription("Publishes the bank's current draft as its next version; 409 with 'problems' when refused (nothing is kept).");
        banks.MapGet("/{code}/diff", DiffAsync).RequireAuthorization(AccessPolicies.Staff);
        banks.MapGet("/{code}/versions/{version}/{file}", DownloadAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithDescription("file: bank.yaml or manifest.yaml");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<BankSummary>>> ListAsync(BankWorkshop workshop) => TypedResults.Ok(await workshop.ListAsync());

    private static async Task<Results<Ok<BankSummary>, ProblemHttpResult>> GetAsync(string code, BankWorkshop workshop) =>
        await workshop.FindAsync(code) is { } bank ? TypedResults.Ok(bank) : Replies.NotFound($"没有题库 {code} (no such bank)");

    private static async Task<Results<Ok<BankCheck>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, BankWorkshop workshop, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请以表单上传文件 (upload the files as a form)",
                detail: "请求应为 multipart/form-data，文件放在 'file' 字段中 (send multipart/form-data with the files in 'file' fields)");
        }

        if (request.ContentLength > BankWorkshop.MaxBytes + 256 * 1024)
        {
            return TooLarge();
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A chunked request has no length to check up front: stop reading past the limit instead.
            limit.MaxRequestBodySize = BankWorkshop.MaxBytes + 256 * 1024;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? TooLarge()
                : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "上传内容无法读取 (unreadable upload)",
                    detail: "表单数据损坏或不完整，请重新上传 (the form data is damaged or incomplete; upload again)");
        }

        var files = new List<Upload>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new Upload(file.FileName, buffer.ToArray()));
        }

        return await workshop.UploadAsync(files, form["bank"].ToString(), user.Actor(), cancellationToken) switch
        {
            BankUploadOutcome.Checked { Check: var check } => TypedResults.Ok(check),
            BankUploadOutcome.Rejected rejected => Bad(rejected.Reason, rejected.Problems),
            _ => throw new InvalidOperationException("unknown upload outcome"),
        };
    }

    private static async Task<Results<Ok<BankCheck>, ProblemHttpResult>> DraftAsync(string code, BankWorkshop workshop) =>
        await workshop.CheckDraftAsync(code) is { } check ? TypedResults.Ok(check) : Replies.NotFound($"题库 {code} 没有草稿 (bank {code} has no draft)");

    private static async Task<Results<Ok<BankCheck>, ProblemHttpResult>> DraftNextAsync(string code, ClaimsPrincipal user, BankWorkshop workshop, CancellationToken cancellationToken) =>
        await workshop.DraftNextAsync(code, user.Actor(), cancellationToken) switch
        {
            null => Replies.NotFound($"题库 {code} 没有已发布的版本 (bank {code} has no published version)"),
            BankUploadOutcome.Checked { Check: var check } => TypedResults.Ok(check),
            BankUploadOutcome.Rejected rejected => Bad(rejected.Reason, rejected.Problems),
            _ => throw new InvalidOperationException("unknown draft outcome"),
        };

    private static async Task<Results<Ok<PublishedBankInfo>, ProblemHttpResult>> PublishAsync(string code, ClaimsPrincipal user, BankWorkshop workshop)
    {
        if (!BankWorkshop.IsBankCode(code))
        {
            return Replies.NotFound($"没有题库 {code} (no such bank)");
        }

        var reply = await workshop.PublishAsync(code, user.Actor());
        return reply.Version is { } version
            ? TypedResults.Ok(version)
            : Replies.Refused(reply.Reason ?? Refusal.Of(RefusalCode.Unspecified), new Dictionary<string, object?> { ["problems"] = reply.Problems });
    }

    private static async Task<Results<Ok<BankDiffReport>, ProblemHttpResult>> DiffAsync(string code, int? from, int? to, BankWorkshop workshop)
    {
        if (from is not > 0 || to is not > 0)
        {
            return Bad("请给出两个版本号 from 和 to，如 ?from=1&to=2 (give two versions: ?from=1&to=2)", []);
        }

        var (report, problem) = await workshop.DiffAsync(code, from.Value, to.Value);
        return report is not null ? TypedResults.Ok(report) : Replies.NotFound(problem ?? "");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DownloadAsync(string code, int version, string file, BankWorkshop workshop) =>
        await workshop.DownloadAsync(code, version, file) is { } text
            ? TypedResults.Text(text, "application/yaml; charset=utf-8")
            : Replies.NotFound($"题库 {code} 没有第 {version} 版的 {file} (no such published file)");

    private static ProblemHttpResult Bad(string reason, IReadOnlyList<BankProblemInfo> problems) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "题库上传有误 (the bank upload has problems)", detail: reason,
        extensions: new Dictionary<string, object?> { ["problems"] = problems });

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件太大 (upload too large)", detail: $"上传内容不能超过 {BankWorkshop.MaxBytes / 1024 / 1024} MB (at most {BankWorkshop.MaxBytes / 1024 / 1024} MB)");
}
