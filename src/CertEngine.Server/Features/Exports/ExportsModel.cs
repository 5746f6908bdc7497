using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// 数据上报 (<c>/admin/exports</c>): new reports in the national fields and the log of every report sent, 50 a page, with
/// rows and SHA-256. The forms ask this page for the file (<c>?handler=download</c>), so a form that does not parse answers
/// with the page and what is wrong, not with JSON; while a file is written the page's script shows its progress from
/// <c>GET /api/exports/progress/{job}</c> (the job id it put in the form).
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class ExportsModel(IExportLog log, NationalExport export, ExportProgress progress) : PageModel
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

    /// <summary>What was wrong with the form just sent (Chinese first), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The form the problem belongs to (<c>certificates-form</c>, <c>batch-form</c>, <c>results-form</c>).</summary>
    public string? ProblemForm { get; private set; }

    /// <summary>Loads a page of the log.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>
    /// Writes and hands over the report the form asks for; a form that does not parse, a batch without results or a range
    /// too large answers with the page and the reason (400, 404, 422), and nothing is logged.
    /// </summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? kind, string? format, string? batch, string? from, string? to, string? job,
        CancellationToken cancellationToken)
    {
        var form = kind == "certificates" ? "certificates-form" : !string.IsNullOrWhiteSpace(batch) ? "batch-form" : "results-form";
        if (kind is not ("certificates" or "results") || format is not ("xlsx" or "csv"))
        {
            return await RefuseAsync(StatusCodes.Status400BadRequest, form, "请选择导出内容和格式 (choose what to export and the format)", job, cancellationToken);
        }

        var (request, _, problem) = NationalExport.Parse(kind, format, batch, from, to);
        if (request is null)
        {
            return await RefuseAsync(StatusCodes.Status400BadRequest, form, problem!, job, cancellationToken);
        }

        var tracked = ExportProgress.IsJobId(job) ? job! : null;
        var (outcome, file, lines) = await export.ExportAsync(request, User.Actor(), cancellationToken,
            tracked is null ? null : (written, total) =>
            {
                if (written == 0)
                {
                    progress.Start(tracked, total);
                }
                else
                {
                    progress.Report(tracked, written);
                }
            });
        return outcome switch
        {
            ExportOutcome.Written => Done(file!, tracked),
            ExportOutcome.NoSuchBatch => await RefuseAsync(StatusCodes.Status404NotFound, form,
                $"批次 {request.Scope.SessionId ?? request.Scope.BatchId} 没有成绩 (no results for this batch)", tracked, cancellationToken),
            _ => await RefuseAsync(StatusCodes.Status422UnprocessableEntity, form,
                $"共 {lines} 行，一次最多 {IExportRecords.MaxLines} 行，请缩小日期范围 ({lines} rows; at most {IExportRecords.MaxLines} per export: narrow the range)",
                tracked, cancellationToken),
        };
    }

    private FileStreamResult Done(ExportFile file, string? job)
    {
        if (job is not null)
        {
            progress.Finish(job, ExportJobState.Done, file.Entry.RowCount);
        }

        return File(file.Content, file.ContentType, file.Entry.FileName);
    }

    private async Task<IActionResult> RefuseAsync(int status, string form, string problem, string? job, CancellationToken cancellationToken)
    {
        if (ExportProgress.IsJobId(job))
        {
            progress.Finish(job!, ExportJobState.Failed, 0);
        }

        Problem = problem;
        ProblemForm = form;
        await LoadAsync(cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        (Entries, Total) = await log.ListAsync((PageNumber - 1L) * ExportApi.PageSize, ExportApi.PageSize, cancellationToken);
    }
}
