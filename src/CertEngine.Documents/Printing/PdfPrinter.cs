using Microsoft.Playwright;

namespace CertEngine.Documents.Printing;

/// <summary>
/// Prints HTML documents to PDF with one headless Chromium for a whole batch: the browser starts once and each
/// document is a page load and a print in it (Chromium's own <c>--print-to-pdf</c> takes one page per process, and a
/// process costs far more than the page). Driven by Playwright on the installed Chromium; Playwright never downloads a
/// browser here.
/// </summary>
/// <remarks>Not thread-safe: print one document at a time.</remarks>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    /// <summary>
    /// Starts Chromium at <paramref name="chromiumPath"/>. A missing or unusable Chromium is an expected outcome
    /// (<see cref="PdfPrinterStart.NotFound"/>, <see cref="PdfPrinterStart.DidNotStart"/>), so the caller can still
    /// write the HTML and say why no PDF was made.
    /// </summary>
    public static async Task<PdfPrinterStart> StartAsync(string chromiumPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        if (!File.Exists(chromiumPath))
        {
            return new PdfPrinterStart.NotFound(chromiumPath);
        }

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            });
            var page = await browser.NewPageAsync();
            return new PdfPrinterStart.Started(new PdfPrinter(playwright, browser, page));
        }
        catch (PlaywrightException exception)
        {
            // A Chromium that will not start (a broken install, a missing library) leaves the batch without PDFs, not failed.
            playwright?.Dispose();
            return new PdfPrinterStart.DidNotStart(chromiumPath, exception.Message.Split('\n')[0]);
        }
    }

    /// <summary>
    /// Prints the HTML file at <paramref name="htmlPath"/> to <paramref name="pdfPath"/>: the page size the document's
    /// CSS asks for (<c>@page { size: A4 landscape }</c>), backgrounds printed, no header or footer. Returns false when
    /// the page did not load or print (the browser's reason is not kept: the caller reports the document as failed
    /// and goes on with the batch).
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="htmlPath"/>.</exception>
    public async Task<bool> PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(htmlPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(htmlPath))
        {
            // Chromium would print its own "file not found" page; a caller prints what it has just written.
            throw new FileNotFoundException("no HTML document to print", htmlPath);
        }

        try
        {
            await _page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await _page.PdfAsync(new PagePdfOptions { Path = Path.GetFullPath(pdfPath), PreferCSSPageSize = true, PrintBackground = true });
            return File.Exists(pdfPath);
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>
    /// Prints a self-contained HTML document (styles inline, images as data: URIs, as the templates make them) to PDF and
    /// returns its bytes: the page size the document's CSS asks for, backgrounds printed. Null when it did not print.
    /// </summary>
    public async Task<byte[]?> PrintHtmlAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await _page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>Closes the browser and the Playwright driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
