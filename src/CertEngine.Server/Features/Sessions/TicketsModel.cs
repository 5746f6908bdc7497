using CertEngine.Contracts.Sessions;
using CertEngine.Documents.Printing;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// <c>/proctor/{sessionId}/tickets</c>: every candidate's admission ticket (准考证) from the Scriban template, one per printed
/// page, or (<c>?handler=Pdf</c>) the same tickets printed as one PDF by the server's Chromium. The ID number is masked:
/// the console is a proctor's screen, and proctors see masked ID numbers only. A cancelled sitting's tickets are withdrawn
/// and answer 404.
/// </summary>
[Authorize(Policy = AccessPolicies.Proctor)]
[ContentSecurityPolicy(ContentSecurityPolicies.Document)]
public sealed class TicketsModel(IGrainFactory grains, SittingTicketDocuments documents, PdfPrintPool printer, IOptions<CertEngineOptions> options) : PageModel
{
    /// <summary>Renders the tickets; 404 when the sitting is not the proctor's.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, CancellationToken cancellationToken) =>
        await SheetAsync(sessionId, cancellationToken) is { } sheet ? Content(sheet, "text/html; charset=utf-8") : NotFound();

    /// <summary>The tickets as one PDF (<c>{sitting}-tickets.pdf</c>); 503 with the reason when no PDF can be printed now.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await SheetAsync(sessionId, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }

        return await printer.PrintAsync([sheet], cancellationToken) switch
        {
            PdfBatch.Printed { Pdfs: [{ } pdf] } => File(pdf, "application/pdf", new string(sessionId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray()) + "-tickets.pdf"),
            PdfBatch.Busy => Unprinted("打印繁忙，请稍后再试 (the printer is busy: try again shortly)"),
            PdfBatch.Unavailable unavailable => Unprinted(Certificates.CertificateDocuments.NoPrinterWords(unavailable)),
            _ => Unprinted("Chromium 未能打印准考证 (Chromium did not print the tickets)"),
        };
    }

    private static ObjectResult Unprinted(string detail) =>
        new(new ProblemDetails { Title = "无法生成 PDF (no PDF)", Detail = detail, Status = StatusCodes.Status503ServiceUnavailable })
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentTypes = { "application/problem+json" },
        };

    // Every ticket of the sitting as one printable HTML document; null when the sitting is not the user's or is cancelled.
    private async Task<string?> SheetAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await SittingQueries.RunnableAsync(sessionId, HttpContext, grains) is not { } session || session.Status == SessionStatus.Cancelled)
        {
            return null;
        }

        // Where candidates sign in: the configured public address, else the address this page was asked on.
        var tickets = await documents.RenderAsync(session, options.Value.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}", _ => true, cancellationToken);
        return TicketSheets.Combine(tickets.Select(t => t.Html));
    }
}
