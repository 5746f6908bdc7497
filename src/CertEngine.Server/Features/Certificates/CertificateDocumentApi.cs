using CertEngine.Documents.Printing;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Certificates as documents from the running server (staff: Admin, CentreManager): one as HTML or PDF at
/// <c>GET /api/certificates/{number}/document?format=html|pdf</c>, a track's or a sitting's as a ZIP at
/// <c>GET /api/certificates/batch?track=…|session=…&amp;format=html|pdf</c>. Only valid certificates are printed: a
/// suspended, revoked or replaced one is refused (409) and listed as left out of a ZIP.
/// </summary>
public static class CertificateDocumentApi
{
    /// <summary>The cookie that tells the 发证 page's script a ZIP has been answered (<c>wwwroot/js/issue.js</c>).</summary>
    public const string ZipReadyCookie = "certengine-zip-ready";

    /// <summary>The longest certificate number, sitting id or track key accepted.</summary>
    public const int MaxKeyLength = 80;

    /// <summary>Maps the document endpoints.</summary>
    public static IEndpointRouteBuilder MapCertificateDocumentApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/certificates").WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        documents.MapGet("/{number}/document", DocumentAsync).WithMetadata(new ContentSecurityPolicyAttribute(ContentSecurityPolicies.Document));
        documents.MapGet("/batch", BatchAsync);
        return app;
    }

    /// <summary>The format named by <paramref name="format"/> (default HTML); null when it names none.</summary>
    public static DocumentFormat? ParseFormat(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        null or "" or "HTML" => DocumentFormat.Html,
        "PDF" => DocumentFormat.Pdf,
        _ => null,
    };

    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DocumentAsync(
        string number, string? format, CertificateDocuments documents, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } kind)
        {
            return Replies.Invalid("format", "格式只能是 html 或 pdf (format: html or pdf)");
        }

        if (number.Length > MaxKeyLength || await documents.FindAsync(number.Trim().ToUpperInvariant()) is not { } certificate)
        {
            return Replies.NotFound("没有这个编号的证书 (no such certificate)");
        }

        if (certificate.Status != "valid")
        {
            return Replies.Refused($"证书{CertificateStatusWords.Split(certificate.Status).Chinese}，不能打印 (the certificate is {CertificateStatusWords.Split(certificate.Status).English.ToLowerInvariant()}: it is not printed)");
        }

        if (kind == DocumentFormat.Html)
        {
            return TypedResults.Content(await documents.HtmlAsync(certificate, cancellationToken), "text/html; charset=utf-8");
        }

        return await documents.PdfAsync([certificate], cancellationToken) switch
        {
            PdfBatch.Printed { Pdfs: [{ } pdf] } => TypedResults.File(pdf, "application/pdf", CertificateDocuments.FileName(certificate.Fields.Number, DocumentFormat.Pdf)),
            PdfBatch.Busy => Busy(),
            PdfBatch.Unavailable unavailable => TypedResults.Problem(detail: CertificateDocuments.NoPrinterWords(unavailable), statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "无法生成 PDF (no PDF)"),
            _ => TypedResults.Problem(detail: "Chromium 未能打印该证书 (Chromium did not print the certificate)", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "无法生成 PDF (no PDF)"),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> BatchAsync(
        string? track, string? session, string? format, string? ready, CertificateDocuments documents, HttpContext http, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } kind)
        {
            return Replies.Invalid("format", "格式只能是 html 或 pdf (format: html or pdf)");
        }

        var byTrack = !string.IsNullOrWhiteSpace(track);
        var bySession = !string.IsNullOrWhiteSpace(session);
        if (byTrack == bySession || (track?.Length ?? 0) > MaxKeyLength || (session?.Length ?? 0) > MaxKeyLength)
        {
            return Replies.Invalid(byTrack ? "track" : "session", "请给出认定项目 (track) 或场次 (session) 之一 (give exactly one of track or session)");
        }

        var batch = byTrack ? await documents.OfTrackAsync(track!.Trim(), cancellationToken) : await documents.OfSittingAsync(session!.Trim(), cancellationToken);
        if (batch is null)
        {
            return Replies.NotFound($"没有场次 {session} (no such sitting)");
        }

        var zip = await documents.ZipAsync(batch, kind, cancellationToken);
        Answered(http, ready);
        return zip switch
        {
            CertificateZip.Made made => TypedResults.File(made.Bytes, "application/zip", $"certificates-{DownloadNames.Part(batch.Title)}-{kind.ToString().ToLowerInvariant()}.zip"),
            CertificateZip.NoPrinter none => TypedResults.Problem(detail: none.Reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "无法生成 PDF (no PDF)"),
            _ => Busy(),
        };
    }

    /// <summary>
    /// Tells the 发证 page that the ZIP it asked for has been answered: <c>ready</c> is a token the page made (letters and
    /// digits), handed back in a short-lived cookie its script can read, so the link stops saying "正在准备". Anything else is ignored.
    /// </summary>
    private static void Answered(HttpContext http, string? ready)
    {
        if (ready is not { Length: >= 8 and <= 40 } || !ready.All(char.IsAsciiLetterOrDigit))
        {
            return;
        }

        http.Response.Cookies.Append(ZipReadyCookie, ready, new CookieOptions
        {
            Path = "/admin/certificates", MaxAge = TimeSpan.FromMinutes(2), SameSite = SameSiteMode.Strict, HttpOnly = false,
            Secure = http.Request.IsHttps, IsEssential = true,
        });
    }

    private static ProblemHttpResult Busy() => TypedResults.Problem(detail: "打印任务已满，请稍后再试 (every printer is busy: try again in a minute)",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "打印繁忙 (printing busy)");
}
