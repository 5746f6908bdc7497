using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Documents;
using CertEngine.Documents.Printing;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using CertEngine.Storage.Records.Candidates;
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
public sealed class TicketsModel(IGrainFactory grains, CertificateRenderer renderer, PdfPrintPool printer, IOptions<CertEngineOptions> options, ICandidatePhotoStore photos) : PageModel
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

        var track = await grains.GetGrain<ICertificationTrackGrain>(session.Plan.TrackKey).GetAsync();
        var roster = await grains.GetGrain<IExamSessionGrain>(session.Id).GetRosterAsync();
        // Where candidates sign in: the configured public address, else the address this page was asked on.
        var examUrl = session.Plan.Component == ExamComponent.Theory
            ? (options.Value.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/') + "/exam"
            : "";
        // Each candidate's photo (the proctor compares it with the face at the door); a sitting's roster is read one photo at a time.
        var pictures = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in roster)
        {
            if (await photos.GetAsync(line.IdNumber, cancellationToken) is { } photo)
            {
                pictures[line.IdNumber] = photo.Jpeg;
            }
        }

        var tickets = roster.Select(line => renderer.RenderAdmissionTicket(new AdmissionTicketDocument(
            line.Ticket, line.Name, IdentityNumber.Mask(line.IdNumber), track?.Title ?? session.Plan.TrackKey, null,
            ComponentName(session.Plan.Component), session.Id, session.Plan.Centre, session.Plan.Room, line.Seat, session.Plan.StartsAt,
            session.Plan.Minutes, examUrl, pictures.GetValueOrDefault(line.IdNumber))));
        return TicketSheets.Combine(tickets);
    }

    private static string ComponentName(ExamComponent component) => component switch
    {
        ExamComponent.Theory => "理论知识",
        ExamComponent.Practical => "操作技能",
        _ => "综合评审",
    };
}
