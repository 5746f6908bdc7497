using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// 数据上报 (<c>/admin/exports</c>): new reports in the national fields (the forms open <see cref="ExportApi"/>'s downloads)
/// and the log of every report sent, 50 a page, with rows and SHA-256.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class ExportsModel(IExportLog log) : PageModel
{
    /// <summary>The page of the log shown, from 1.</summary>
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The log entries on this page, newest first.</summary>
    public IReadOnlyList<ExportLogEntry> Entries { get; private set; } = [];

    /// <summary>How many exports were logged.</summary>
    public long Total { get; private set; }

    /// <summary>How many pages the log has.</summary>
    public long Pages => Math.Max(1, (Total + ExportApi.PageSize - 1) / ExportApi.PageSize);

    /// <summary>Loads a page of the log.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        (Entries, Total) = await log.ListAsync((PageNumber - 1L) * ExportApi.PageSize, ExportApi.PageSize, cancellationToken);
    }
}
