using CertEngine.Documents.Printing;

namespace CertEngine.Documents.Tests.Printing;

public sealed class PdfPrinterTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-pdf-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task PrintAsync_SeveralDocumentsOnOneStartedBrowser_WritesEachPdf()
    {
        var started = Assert.IsType<PdfPrinterStart.Started>(await PdfPrinter.StartAsync(Chromium));
        await using var printer = started.Printer;
        var pages = new[] { "一", "二", "三" }.Select((text, i) => Html(i, text)).ToList();

        var printed = new List<bool>();
        foreach (var html in pages)
        {
            printed.Add(await printer.PrintAsync(html, Path.ChangeExtension(html, ".pdf"), CancellationToken.None));
        }

        Assert.Equal([true, true, true], printed);
        foreach (var html in pages)
        {
            Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(Path.ChangeExtension(html, ".pdf")))[..4]);
        }
    }

    [Fact]
    public async Task PrintAsync_MissingHtmlFile_ThrowsRatherThanPrintChromiumsErrorPage()
    {
        var started = Assert.IsType<PdfPrinterStart.Started>(await PdfPrinter.StartAsync(Chromium));
        await using var printer = started.Printer;
        var missing = Path.Combine(_directory, "missing.html");

        await Assert.ThrowsAsync<FileNotFoundException>(() => printer.PrintAsync(missing, Path.ChangeExtension(missing, ".pdf"), CancellationToken.None));

        Assert.False(File.Exists(Path.ChangeExtension(missing, ".pdf")));
    }

    [Fact]
    public async Task StartAsync_NoChromiumAtThePath_IsNotFound()
    {
        var outcome = await PdfPrinter.StartAsync("/nonexistent/chromium");

        Assert.Equal(new PdfPrinterStart.NotFound("/nonexistent/chromium"), outcome);
    }

    [Fact]
    public async Task StartAsync_AFileThatIsNotChromium_DidNotStart()
    {
        var fake = Path.Combine(_directory, "chromium");
        // A plain text file, not executable: the launch fails as a broken install would.
        await File.WriteAllTextAsync(fake, "not a browser");

        var outcome = await PdfPrinter.StartAsync(fake);

        Assert.Equal(fake, Assert.IsType<PdfPrinterStart.DidNotStart>(outcome).ChromiumPath);
    }

    private string Html(int index, string text)
    {
        var path = Path.Combine(_directory, $"page-{index}.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><style>@page {{ size: A4 landscape; }}</style></head><body><h1>{text}</h1></body></html>");
        return path;
    }
}
