namespace CertEngine.Server.Features.Candidates;

/// <summary>The report of a bulk photo upload (照片批量导入), one line per file looked at.</summary>
/// <param name="Files">How many files were looked at.</param>
/// <param name="Stored">How many photos were stored (new or replacing one).</param>
/// <param name="Lines">One line per file, in upload order.</param>
public sealed record PhotoBatchReport(int Files, int Stored, IReadOnlyList<PhotoFileReport> Lines);
