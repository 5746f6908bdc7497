using CertEngine.Contracts.Banks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Banks;

/// <summary>
/// 题库管理: every bank with its published versions (shipped and published from the web) and its draft, and the upload form
/// (YAML files of a bank folder, a .zip of it, or the Excel template). A draft that loads opens its check page; an upload
/// that does not is answered here with its problems — the same <see cref="BankWorkshop"/> as <see cref="BankApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
[RequestSizeLimit(BankWorkshop.MaxBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = BankWorkshop.MaxBytes + 256 * 1024)]
public sealed class BanksModel(BankWorkshop workshop) : PageModel
{
    /// <summary>Every bank shipped beside the program.</summary>
    public IReadOnlyList<BankSummary> Banks { get; private set; } = [];

    /// <summary>Set after a publication: <c>code/version</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Published { get; set; }

    /// <summary>Why the last upload was not kept.</summary>
    public string? Rejection { get; private set; }

    /// <summary>The problems of the last upload that was not kept.</summary>
    public IReadOnlyList<BankProblemInfo> Problems { get; private set; } = [];

    /// <summary>Shows the banks and the upload form.</summary>
    public async Task OnGetAsync() => Banks = await workshop.ListAsync();

    /// <summary>Drafts the next version from the latest published one, less the retired items; opens the draft's check page.</summary>
    public async Task<IActionResult> OnPostDraftNextAsync(string? code, CancellationToken cancellationToken)
    {
        switch (BankWorkshop.IsBankCode(code) ? await workshop.DraftNextAsync(code!, User.Actor(), cancellationToken) : null)
        {
            case BankUploadOutcome.Checked { Check.BankCode: { } drafted }:
                return RedirectToPage("/Banks/BanksDraft", new { code = drafted });
            case BankUploadOutcome.Rejected rejected:
                Rejection = rejected.Reason;
                Problems = rejected.Problems;
                break;
            default:
                return NotFound();
        }

        Banks = await workshop.ListAsync();
        return Page();
    }

    /// <summary>Checks the uploaded files; opens the draft's check page when it loads.</summary>
    public async Task<IActionResult> OnPostUploadAsync(string? bank, CancellationToken cancellationToken)
    {
        var files = new List<Upload>();
        foreach (var file in Request.Form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new Upload(file.FileName, buffer.ToArray()));
        }

        switch (await workshop.UploadAsync(files, bank, User.Actor(), cancellationToken))
        {
            case BankUploadOutcome.Checked { Check.BankCode: { } code }:
                return RedirectToPage("/Banks/BanksDraft", new { code });
            case BankUploadOutcome.Rejected rejected:
                Rejection = rejected.Reason;
                Problems = rejected.Problems;
                break;
        }

        Banks = await workshop.ListAsync();
        return Page();
    }
}
