namespace CertEngine.Storage.Records.Exports;

/// <summary>One file sent out (导出记录): who made it, when, what and with which filters, how many rows and the SHA-256 of its bytes.</summary>
/// <param name="ExportId">A unique id.</param>
/// <param name="Kind"><c>certificates</c> or <c>results</c>.</param>
/// <param name="Format"><c>xlsx</c> or <c>csv</c>.</param>
/// <param name="Filters">The filters as given, e.g. <c>from=2026-11-01&amp;to=2026-11-30</c>.</param>
/// <param name="RowCount">The data rows in the file (the header not counted).</param>
/// <param name="Bytes">The file's length in bytes.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, 64 lower-case hex digits.</param>
/// <param name="FileName">The file name it was sent under.</param>
/// <param name="Actor">Who exported it.</param>
/// <param name="At">When (UTC).</param>
public sealed record ExportLogEntry(string ExportId, string Kind, string Format, string Filters, long RowCount, long Bytes, string Sha256,
    string FileName, string Actor, DateTimeOffset At);
