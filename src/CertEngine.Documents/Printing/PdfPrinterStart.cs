namespace CertEngine.Documents.Printing;

/// <summary>The outcome of <see cref="PdfPrinter.StartAsync"/>.</summary>
public abstract record PdfPrinterStart
{
    private PdfPrinterStart()
    {
    }

    /// <summary>Chromium runs; dispose the printer when the batch is done.</summary>
    public sealed record Started(PdfPrinter Printer) : PdfPrinterStart;

    /// <summary>There is no Chromium at <paramref name="ChromiumPath"/>.</summary>
    public sealed record NotFound(string ChromiumPath) : PdfPrinterStart;

    /// <summary>Chromium is there but did not start; <paramref name="Reason"/> is the driver's first line (English).</summary>
    public sealed record DidNotStart(string ChromiumPath, string Reason) : PdfPrinterStart;
}
