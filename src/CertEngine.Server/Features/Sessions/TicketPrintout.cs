using CertEngine.Documents.Printing;
using CertEngine.Server.Hosting.Options;
using Microsoft.AspNetCore.Mvc;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// What the ticket pages of a sitting (<see cref="TicketsModel"/>) and of a batch (<c>BatchTicketsModel</c>) share: the
/// address on the tickets where candidates sign in, and the combined sheet answered as HTML or printed as one PDF by the
/// server's Chromium (503 with the reason in words when no PDF can be printed now).
/// </summary>
public static class TicketPrintout
{
    /// <summary>Where candidates sign in: the configured public address, else the address the page was asked on.</summary>
    public static string SignInBase(CertEngineOptions options, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        return options.PublicBaseUrl ?? $"{request.Scheme}://{request.Host}";
    }

    /// <summary>The sheet as an HTML document; 404 when there is none (no such sitting or batch, or not the user's).</summary>
    public static IActionResult Html(string? sheet) =>
        sheet is null ? new NotFoundResult() : new ContentResult { Content = sheet, ContentType = "text/html; charset=utf-8" };

    /// <summary>The sheet printed as one PDF named <paramref name="fileName"/>; 404 when there is no sheet, 503 with the reason when no PDF can be printed now.</summary>
    public static async Task<IActionResult> PdfAsync(PdfPrintPool printer, string? sheet, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(printer);
        if (sheet is null)
        {
            return new NotFoundResult();
        }

        return await printer.PrintAsync([sheet], cancellationToken) switch
        {
            PdfBatch.Printed { Pdfs: [{ } pdf] } => new FileContentResult(pdf, "application/pdf") { FileDownloadName = fileName },
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
}
