using System.Globalization;
using CertEngine.Storage.Records.Exports;

namespace CertEngine.Server.Features.Exports;

/// <summary>A report asked for, its parameters checked: certificates issued in a date range, or results of a sitting or a date range.</summary>
/// <param name="Kind"><c>certificates</c> or <c>results</c>.</param>
/// <param name="Format"><c>xlsx</c> or <c>csv</c>.</param>
/// <param name="Scope">For results: the sitting or the exam dates; for certificates, the dates of issue as a date scope.</param>
public sealed record ExportRequest(string Kind, string Format, ResultScope Scope)
{
    /// <summary>The filters as the log records them, e.g. <c>from=2026-11-01&amp;to=2026-11-30</c> or <c>batch=S-1</c>.</summary>
    public string Filters => (Scope.SessionId ?? Scope.BatchId) is { } batch
        ? "batch=" + batch
        : string.Create(CultureInfo.InvariantCulture, $"from={Scope.From:yyyy-MM-dd}&to={Scope.To:yyyy-MM-dd}");
}
