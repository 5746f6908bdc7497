using CertEngine.Documents.Printing;

namespace CertEngine.Documents.Tests.Printing;

public sealed class PdfPrintPoolTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Pages =
        ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page { size: A4 landscape }</style></head><body>一</body></html>", "<p>二</p>"];

    [Fact]
    public async Task PrintAsync_ABatch_PrintsEachDocumentInOrder()
    {
        using var pool = new PdfPrintPool(Chromium, 1, 0);

        var batch = Assert.IsType<PdfBatch.Printed>(await pool.PrintAsync(Pages, CancellationToken.None));

        Assert.Equal(2, batch.Pdfs.Count);
        Assert.All(batch.Pdfs, pdf => Assert.Equal("%PDF"u8.ToArray(), pdf![..4]));
    }

    [Fact]
    public async Task PrintAsync_NoChromium_IsUnavailableWithThePath()
    {
        using var pool = new PdfPrintPool("/nonexistent/chromium", 1, 0);

        var outcome = await pool.PrintAsync(Pages, CancellationToken.None);

        Assert.Equal(new PdfBatch.Unavailable("/nonexistent/chromium", null), outcome);
    }

    [Fact]
    public async Task PrintAsync_EveryBrowserBusyAndQueueFull_IsBusyAtOnce_TheWaitingOnePrintsAfter()
    {
        using var pool = new PdfPrintPool(Chromium, 1, 1);

        // The first batch takes the only browser before its first await; the second waits; the third finds the queue full.
        var first = pool.PrintAsync(Pages, CancellationToken.None);
        var second = pool.PrintAsync(Pages, CancellationToken.None);
        var third = await pool.PrintAsync(Pages, CancellationToken.None);

        Assert.IsType<PdfBatch.Busy>(third);
        Assert.IsType<PdfBatch.Printed>(await first);
        Assert.IsType<PdfBatch.Printed>(await second);
    }
}
