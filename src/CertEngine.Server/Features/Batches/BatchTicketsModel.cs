using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Sessions;
using CertEngine.Documents.Printing;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using CertEngine.Storage.Records.Batches;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Batches;

/// <summary>
/// <c>/admin/batches/{id}/tickets?p=…</c> (Admin, CentreManager): the admission tickets of a page of the batch's candidates
/// (<see cref="BatchDesk.PageSize"/>, by ticket number), each candidate's sittings of the batch one after another under
/// their one number; or (<c>&amp;handler=Pdf</c>) the same printed as one PDF. Cancelled sittings print none.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
[ContentSecurityPolicy(ContentSecurityPolicies.Document)]
public sealed class BatchTicketsModel(IGrainFactory grains, IBatchRecords records, SittingTicketDocuments documents, PdfPrintPool printer,
    IOptions<CertEngineOptions> options) : PageModel
{
    /// <summary>The page of candidates (from 1).</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 10_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Renders the tickets; 404 when there is no such batch.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        TicketPrintout.Html(await SheetAsync(id, cancellationToken));

    /// <summary>The tickets as one PDF (<c>{batch}-tickets-{page}.pdf</c>); 503 with the reason when no PDF can be printed now.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string id, CancellationToken cancellationToken) =>
        await TicketPrintout.PdfAsync(printer, await SheetAsync(id, cancellationToken), $"{id}-tickets-{PageNumber}.pdf", cancellationToken);

    private async Task<string?> SheetAsync(string id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !BatchDesk.IsId(id) || await records.FindAsync(id, cancellationToken) is null)
        {
            return null;
        }

        var members = (await records.MembersAsync(id, (PageNumber - 1) * BatchDesk.PageSize, BatchDesk.PageSize, cancellationToken))
            .Select(m => m.IdNumber).ToHashSet(StringComparer.Ordinal);
        var sittings = (await Task.WhenAll((await records.SittingsAsync(id, cancellationToken)).Select(s => grains.GetGrain<IExamSessionGrain>(s).GetAsync())))
            .OfType<SessionSnapshot>().Where(s => s.Status != SessionStatus.Cancelled).OrderBy(s => s.Plan.StartsAt).ToList();
        var baseUrl = TicketPrintout.SignInBase(options.Value, Request);
        var tickets = new List<(string Ticket, DateTimeOffset StartsAt, string Html)>();
        foreach (var sitting in sittings)
        {
            tickets.AddRange((await documents.RenderAsync(sitting, baseUrl, members.Contains, cancellationToken)).Select(t => (t.Line.Ticket, sitting.Plan.StartsAt, t.Html)));
        }

        return tickets.Count == 0
            ? "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>准考证</title></head><body><p>本页没有可打印的准考证 (no tickets on this page)</p></body></html>"
            : TicketSheets.Combine(tickets.OrderBy(t => t.Ticket, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.StartsAt).Select(t => t.Html));
    }
}
