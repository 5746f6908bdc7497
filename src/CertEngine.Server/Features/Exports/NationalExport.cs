using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Domain.Exports;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Features.Certificates;
using CertEngine.Storage.Records.Exports;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// Reports to the authority in the national fields (数据上报): certificates issued in a date range and candidates' results of
/// a sitting (批次) or a date range, as .xlsx (MiniExcel) or UTF-8 CSV with a BOM. Lines stream from the record store into
/// a temporary file (never the whole table in memory), the file's SHA-256 is taken, the export is logged (who, when, what,
/// filters, rows, SHA-256) and audited, and the file is handed back to be sent. Shared by <see cref="ExportApi"/> and the page.
/// </summary>
public sealed class NationalExport(IExportRecords records, IExportLog log, TrackNames names, CertificateAuthority authority, IGrainFactory grains,
    TimeProvider clock)
{
    /// <summary>The longest date range one report covers, in days (both ends included).</summary>
    public const int MaxDays = 366;

    /// <summary>The longest sitting id accepted.</summary>
    public const int MaxBatchLength = 80;

    /// <summary>The CSV media type.</summary>
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>The .xlsx media type.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The audit trail every export is also written to.</summary>
    public const string AuditSubject = "exports";

    /// <summary>The request the parameters make, or the parameter that is wrong and why (Chinese first).</summary>
    public static (ExportRequest? Request, string? Field, string? Problem) Parse(string kind, string format, string? batch, string? from, string? to)
    {
        var hasBatch = !string.IsNullOrWhiteSpace(batch);
        var hasDates = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if (kind == "results" && hasBatch)
        {
            return hasDates ? (null, "batch", "批次与日期只能选一种 (give a batch or dates, not both)")
                : batch!.Trim().Length > MaxBatchLength ? (null, "batch", $"批次编号不超过 {MaxBatchLength} 个字符 (batch: at most {MaxBatchLength} characters)")
                : (new ExportRequest(kind, format, Batches.BatchDesk.IsId(batch.Trim()) ? ResultScope.Batch(batch.Trim()) : ResultScope.Sitting(batch.Trim())), null, null);
        }

        if (kind == "certificates" && hasBatch)
        {
            return (null, "batch", "证书按发证日期导出，请给出 from 和 to (certificates are exported by dates of issue: give from and to)");
        }

        if (Date(from) is not { } first)
        {
            return (null, "from", kind == "results" ? "请给出批次 (batch) 或开始日期 yyyy-MM-dd (give a batch or from: yyyy-MM-dd)" : "开始日期格式为 yyyy-MM-dd (from: yyyy-MM-dd)");
        }

        if (Date(to) is not { } last)
        {
            return (null, "to", "结束日期格式为 yyyy-MM-dd (to: yyyy-MM-dd)");
        }

        if (last < first || last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            return (null, "to", $"结束日期不早于开始日期，且一次最多 {MaxDays} 天 (to: not before from, at most {MaxDays} days)");
        }

        return (new ExportRequest(kind, format, ResultScope.Dates(first, last)), null, null);
    }

    /// <summary>
    /// Writes, logs and returns the report; <see cref="ExportOutcome.TooMany"/> when it would exceed
    /// <see cref="IExportRecords.MaxLines"/> lines, <see cref="ExportOutcome.NoSuchBatch"/> for a sitting without results.
    /// Nothing is logged unless the file was written whole.
    /// </summary>
    /// <param name="request">The report.</param>
    /// <param name="actor">Who asked (logged and audited).</param>
    /// <param name="cancellationToken">Stops the export; nothing is logged.</param>
    /// <param name="progress">Told the number of rows when they are counted, then the rows written every
    /// <see cref="ProgressEvery"/> lines (the 数据上报 page shows it); <see langword="null"/> for none.</param>
    public async Task<(ExportOutcome Outcome, ExportFile? File, long Lines)> ExportAsync(ExportRequest request, string actor, CancellationToken cancellationToken,
        Action<long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.Scope;
        var count = request.Kind == "certificates"
            ? await records.CountCertificatesAsync(scope.From!.Value, scope.To!.Value, cancellationToken)
            : await records.CountResultsAsync(scope, cancellationToken);
        if (count > IExportRecords.MaxLines)
        {
            return (ExportOutcome.TooMany, null, count);
        }

        if (count == 0 && (scope.SessionId ?? scope.BatchId) is not null)
        {
            return (ExportOutcome.NoSuchBatch, null, 0);
        }

        progress?.Invoke(0, count);
        var path = Path.Combine(Path.GetTempPath(), $"certengine-export-{Guid.NewGuid():N}.{request.Format}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var lines = progress is null ? LinesAsync(request, cancellationToken) : Counted(LinesAsync(request, cancellationToken), count, progress);
            var rows = request.Format == "xlsx"
                ? await NationalFiles.WriteXlsxAsync(file, lines, request.Kind == "certificates" ? "证书" : "成绩", cancellationToken)
                : await NationalFiles.WriteCsvAsync(file, lines, cancellationToken);
            file.Position = 0;
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            file.Position = 0;
            var at = clock.GetUtcNow();
            var name = $"{request.Kind}-{Slug(request)}.{request.Format}";
            var entry = new ExportLogEntry(Guid.NewGuid().ToString("N"), request.Kind, request.Format, request.Filters, rows, file.Length, sha256, name, actor, at);
            await log.AppendAsync(entry, cancellationToken);
            await grains.GetGrain<IAuditTrailGrain>(AuditSubject).AppendAsync([new AuditRecord(at, actor, "export.created", AuditSubject, "",
                $"{request.Kind}.{request.Format} {request.Filters}; {rows} rows; sha256 {sha256}")]);
            return (ExportOutcome.Written, new ExportFile(file, request.Format == "xlsx" ? Xlsx : Csv, entry), rows);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>How many rows pass between two progress reports.</summary>
    public const int ProgressEvery = 500;

    private static async IAsyncEnumerable<NationalLine> Counted(IAsyncEnumerable<NationalLine> lines, long total, Action<long, long> progress)
    {
        long written = 0;
        await foreach (var line in lines)
        {
            yield return line;
            if (++written % ProgressEvery == 0)
            {
                progress(written, total);
            }
        }

        progress(written, total);
    }

    /// <summary>The lines of the report in the national fields, streamed.</summary>
    public async IAsyncEnumerable<NationalLine> LinesAsync(ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lookup = names.ForOneReport();
        var source = request.Kind == "certificates"
            ? records.CertificatesAsync(request.Scope.From!.Value, request.Scope.To!.Value, IExportRecords.MaxLines, cancellationToken)
            : records.ResultsAsync(request.Scope, IExportRecords.MaxLines, cancellationToken);
        await foreach (var record in source.WithCancellation(cancellationToken))
        {
            yield return Line(record, await lookup(record.TrackKey));
        }
    }

    private NationalLine Line(NationalRecord record, (string Occupation, string Level) catalogue)
    {
        var key = TrackKey.TryParse(record.TrackKey, out var parsed) ? parsed : default;
        var scores = new[] { ("理论", record.Theory), ("技能", record.Practical), ("综合评审", record.Review) };
        var voided = scores.Where(s => s.Item2 is { Voided: true }).Select(s => s.Item1 + "成绩无效");
        var workType = record.Number is not null ? record.WorkType : key.WorkType;
        var digit = record.Level ?? key.Level;
        return new NationalLine
        {
            Name = record.Name,
            DocumentType = NationalFields.IdentityDocument,
            IdNumber = record.IdNumber,
            Sex = NationalFields.Sex(record.IdNumber),
            Education = "",
            OccupationName = catalogue.Occupation,
            OccupationCode = record.OccupationCode ?? key.OccupationCode ?? "",
            WorkType = string.IsNullOrEmpty(workType) ? NationalFields.NoWorkType : workType,
            Level = digit == key.Level && catalogue.Level.Length > 0 ? catalogue.Level : NationalFields.LevelDisplay(digit),
            TheoryScore = record.Theory?.Score,
            PracticalScore = record.Practical?.Score,
            ReviewScore = record.Review?.Score,
            CertificateNumber = record.Number ?? "",
            IssuedOn = record.IssuedOn is { } issued ? Text(issued) : "",
            IssuerName = authority.IssuerName,
            IssuerCode = authority.IssuerCode,
            Centre = new[] { record.Practical, record.Theory, record.Review }.Select(s => s?.Centre).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? "",
            ExamDate = scores.Select(s => s.Item2?.ExamDate).Max() is { } date ? Text(date) : "",
            Status = record.Number is null ? "" : CertificateStatusWords.Split(record.Status ?? "").Chinese,
            Remark = string.Join("；", voided.Append("认定项目 " + record.TrackKey)),
        };
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slug(ExportRequest request) => (request.Scope.SessionId ?? request.Scope.BatchId) is { } batch
        ? Results.ResultApi.Slug(batch)
        : $"{Text(request.Scope.From!.Value)}_{Text(request.Scope.To!.Value)}";
}
