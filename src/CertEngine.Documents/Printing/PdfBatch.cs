namespace CertEngine.Documents.Printing;

/// <summary>The outcome of <see cref="PdfPrintPool.PrintAsync"/>.</summary>
public abstract record PdfBatch
{
    private PdfBatch()
    {
    }

    /// <summary>The batch printed: one PDF per document, in order, null where that document did not print.</summary>
    public sealed record Printed(IReadOnlyList<byte[]?> Pdfs) : PdfBatch;

    /// <summary>No Chromium could be used (missing, or did not start); <paramref name="Reason"/> is the driver's first line, if any.</summary>
    public sealed record Unavailable(string ChromiumPath, string? Reason) : PdfBatch;

    /// <summary>Every printer is busy and the queue is full: try again later.</summary>
    public sealed record Busy : PdfBatch;
}
