using System.Globalization;
using System.IO.Compression;
using System.Text;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Sessions;
using CertEngine.Documents;
using CertEngine.Documents.Printing;
using CertEngine.Grains.Certificates;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Certificates as documents from the running server (证书打印): one as HTML or PDF, a track's or a sitting's as a ZIP. The
/// same templates, QR and Chromium printing as <c>certificates render</c>, without stopping the server: the grains are
/// read through the server's own silo. Shared by <see cref="CertificateDocumentApi"/> and the 发证 page.
/// </summary>
public sealed class CertificateDocuments(
    IGrainFactory grains, CertificateRenderer renderer, CertificateAuthority authority, IFactStore facts, PdfPrintPool printer, IOptions<DocumentOptions> options,
    ICandidatePhotoStore photos)
{
    /// <summary>The most certificates one batch holds.</summary>
    public int MaxBatch => options.Value.MaxBatch;

    /// <summary>The certificate <paramref name="number"/>, or null when it was never issued.</summary>
    public Task<CertificateSnapshot?> FindAsync(string number) => grains.GetGrain<ICertificateGrain>(number).GetAsync();

    /// <summary>The printable page of a certificate, its QR pointing at the verify page, with the holder's photo inlined (or the placeholder).</summary>
    public async Task<string> HtmlAsync(CertificateSnapshot certificate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var photo = await photos.GetAsync(certificate.Fields.IdNumber, cancellationToken);
        return renderer.RenderCertificate(certificate.Fields, authority.VerifyUrl(certificate.Fields.Number, certificate.Token), photo?.Jpeg);
    }

    /// <summary>The certificates printed with one Chromium.</summary>
    public async Task<PdfBatch> PdfAsync(IReadOnlyList<CertificateSnapshot> certificates, CancellationToken cancellationToken)
    {
        var pages = new List<string>(certificates.Count);
        foreach (var certificate in certificates)
        {
            pages.Add(await HtmlAsync(certificate, cancellationToken));
        }

        return await printer.PrintAsync(pages, cancellationToken);
    }

    /// <summary>A track's certificates in order of issue (at most <see cref="MaxBatch"/>).</summary>
    public async Task<CertificateBatch> OfTrackAsync(string trackKey, CancellationToken cancellationToken)
    {
        var rows = await facts.CertificatesAsync(trackKey, 0, MaxBatch + 1, cancellationToken);
        var found = new List<CertificateSnapshot>();
        foreach (var row in rows.Take(MaxBatch))
        {
            if (await FindAsync(row.Number) is { } certificate)
            {
                found.Add(certificate);
            }
        }

        return Split(trackKey, found, rows.Count > MaxBatch);
    }

    /// <summary>The certificates of a sitting's candidates for its track, in seat order; null when there is no such sitting.</summary>
    public async Task<CertificateBatch?> OfSittingAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IExamSessionGrain>(sessionId).GetAsync() is not { } session)
        {
            return null;
        }

        var found = new List<CertificateSnapshot>();
        var truncated = false;
        foreach (var seat in session.Plan.Roster.OrderBy(s => s.Seat))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = await grains.GetGrain<ICandidateGrain>(seat.IdNumber).GetAsync();
            foreach (var held in candidate?.Certificates.Where(c => c.TrackKey == session.Plan.TrackKey) ?? [])
            {
                if (found.Count == MaxBatch)
                {
                    truncated = true;
                    break;
                }

                if (await FindAsync(held.Number) is { } certificate)
                {
                    found.Add(certificate);
                }
            }
        }

        return Split(sessionId, found, truncated);
    }

    /// <summary>The batch's valid certificates in one ZIP, <c>{number}.html</c> or <c>{number}.pdf</c> each, with a list of what is in it.</summary>
    public async Task<CertificateZip> ZipAsync(CertificateBatch batch, DocumentFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        IReadOnlyList<byte[]?> files;
        if (format == DocumentFormat.Pdf && batch.Valid.Count > 0)
        {
            switch (await PdfAsync(batch.Valid, cancellationToken))
            {
                case PdfBatch.Printed printed:
                    files = printed.Pdfs;
                    break;
                case PdfBatch.Busy:
                    return new CertificateZip.Busy();
                case PdfBatch.Unavailable unavailable:
                    return new CertificateZip.NoPrinter(NoPrinterWords(unavailable));
                default:
                    throw new InvalidOperationException("unknown print outcome");
            }
        }
        else
        {
            var pages = new List<byte[]?>(batch.Valid.Count);
            foreach (var certificate in batch.Valid)
            {
                pages.Add(Encoding.UTF8.GetBytes(await HtmlAsync(certificate, cancellationToken)));
            }

            files = pages;
        }

        var list = new StringBuilder();
        list.AppendLine(CultureInfo.InvariantCulture, $"# {batch.Title}");
        using var memory = new MemoryStream();
        var count = 0;
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < batch.Valid.Count; i++)
            {
                var fields = batch.Valid[i].Fields;
                if (files[i] is not { } bytes)
                {
                    list.AppendLine(CultureInfo.InvariantCulture, $"{fields.Number}\t{fields.HolderName}\t打印失败 (did not print)");
                    continue;
                }

                var entry = zip.CreateEntry(FileName(fields.Number, format), CompressionLevel.Fastest);
                await using (var stream = await entry.OpenAsync(cancellationToken))
                {
                    await stream.WriteAsync(bytes, cancellationToken);
                }

                list.AppendLine(CultureInfo.InvariantCulture, $"{fields.Number}\t{fields.HolderName}\t{entry.Name}");
                count++;
            }

            foreach (var left in batch.LeftOut)
            {
                list.AppendLine(CultureInfo.InvariantCulture, $"{left.Fields.Number}\t{left.Fields.HolderName}\t{CertificateStatusWords.Of(left.Status)}，未打印 (not printed)");
            }

            if (batch.Truncated)
            {
                list.AppendLine(CultureInfo.InvariantCulture, $"超过 {MaxBatch} 张，其余未包含 (more than {MaxBatch}: the rest are not included)");
            }

            var manifest = zip.CreateEntry("清单.txt", CompressionLevel.Fastest);
            await using var writer = new StreamWriter(await manifest.OpenAsync(cancellationToken), new UTF8Encoding(true));
            await writer.WriteAsync(list.ToString());
        }

        return new CertificateZip.Made(memory.ToArray(), count);
    }

    /// <summary>Why no PDF could be printed, Chromium's path named.</summary>
    public static string NoPrinterWords(PdfBatch.Unavailable unavailable) => unavailable.Reason is null
        ? $"未找到 Chromium（{unavailable.ChromiumPath}），无法生成 PDF，请下载 HTML 后用浏览器打印 (Chromium not found at {unavailable.ChromiumPath}: no PDF; download the HTML and print it from a browser)"
        : $"Chromium（{unavailable.ChromiumPath}）无法启动，无法生成 PDF (Chromium at {unavailable.ChromiumPath} did not start: {unavailable.Reason})";

    /// <summary>The file name of a certificate's document: its number with only letters and digits kept.</summary>
    public static string FileName(string number, DocumentFormat format) =>
        new string(number.Where(char.IsAsciiLetterOrDigit).ToArray()) + (format == DocumentFormat.Pdf ? ".pdf" : ".html");

    private static CertificateBatch Split(string title, List<CertificateSnapshot> found, bool truncated) =>
        new(title, found.Where(c => c.Status == "valid").ToList(), found.Where(c => c.Status != "valid").ToList(), truncated);
}
