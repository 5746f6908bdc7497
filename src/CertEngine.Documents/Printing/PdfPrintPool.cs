namespace CertEngine.Documents.Printing;

/// <summary>
/// PDF printing for a running server: each batch (one certificate or a whole sitting's) gets its own Chromium, started
/// once for the batch (see <see cref="PdfPrinter"/>); at most <c>concurrency</c> browsers run at once, at most
/// <c>waiting</c> batches wait for one, and any further batch is answered <see cref="PdfBatch.Busy"/> at once rather than
/// queueing without end (a browser costs a few hundred megabytes; a server shares its cores with the exams it runs).
/// </summary>
public sealed class PdfPrintPool : IDisposable
{
    private readonly string _chromiumPath;
    private readonly SemaphoreSlim _browsers;
    private readonly int _maxWaiting;
    private int _waiting;

    /// <summary>A pool printing with the Chromium at <paramref name="chromiumPath"/>.</summary>
    public PdfPrintPool(string chromiumPath, int concurrency, int waiting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(waiting);
        _chromiumPath = chromiumPath;
        _browsers = new SemaphoreSlim(concurrency, concurrency);
        _maxWaiting = waiting;
    }

    /// <summary>Prints every document of the batch with one Chromium; see <see cref="PdfBatch"/> for the outcomes.</summary>
    public async Task<PdfBatch> PrintAsync(IReadOnlyList<string> htmlDocuments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(htmlDocuments);
        if (!File.Exists(_chromiumPath))
        {
            return new PdfBatch.Unavailable(_chromiumPath, null);
        }

        if (!_browsers.Wait(0, CancellationToken.None))
        {
            if (Interlocked.Increment(ref _waiting) > _maxWaiting)
            {
                Interlocked.Decrement(ref _waiting);
                return new PdfBatch.Busy();
            }

            try
            {
                await _browsers.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        try
        {
            switch (await PdfPrinter.StartAsync(_chromiumPath))
            {
                case PdfPrinterStart.Started started:
                    await using (var printer = started.Printer)
                    {
                        var pdfs = new List<byte[]?>(htmlDocuments.Count);
                        foreach (var html in htmlDocuments)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            pdfs.Add(await printer.PrintHtmlAsync(html, cancellationToken));
                        }

                        return new PdfBatch.Printed(pdfs);
                    }

                case PdfPrinterStart.DidNotStart failed:
                    return new PdfBatch.Unavailable(_chromiumPath, failed.Reason);
                default:
                    return new PdfBatch.Unavailable(_chromiumPath, null);
            }
        }
        finally
        {
            _browsers.Release();
        }
    }

    /// <summary>Releases the semaphore.</summary>
    public void Dispose() => _browsers.Dispose();
}
