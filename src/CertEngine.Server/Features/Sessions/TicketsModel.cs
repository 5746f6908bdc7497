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
        TicketPrintout.Html(await SheetAsync(sessionId, cancellationToken));

    /// <summary>The tickets as one PDF (<c>{sitting}-tickets.pdf</c>); 503 with the reason when no PDF can be printed now.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string sessionId, CancellationToken cancellationToken) =>
        await TicketPrintout.PdfAsync(printer, await SheetAsync(sessionId, cancellationToken),
            new string(sessionId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray()) + "-tickets.pdf", cancellationToken);

    // Every ticket of the sitting as one printable HTML document; null when the sitting is not the user's or is cancelled.
    private async Task<string?> SheetAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await SittingQueries.RunnableAsync(sessionId, HttpContext, grains) is not { } session || session.Status == SessionStatus.Cancelled)
        {
            return null;
        }

        var tickets = await documents.RenderAsync(session, TicketPrintout.SignInBase(options.Value, Request), _ => true, cancellationToken);
        return TicketSheets.Combine(tickets.Select(t => t.Html));
    }
}
