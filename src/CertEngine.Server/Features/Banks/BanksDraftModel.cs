using CertEngine.Contracts.Banks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Banks;

/// <summary>
/// A bank's draft as checked: its problems by file and line, or — when clean — its counts, what changed since the latest
/// published version, and the button that publishes it as the next version.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class BanksDraftModel(BankWorkshop workshop) : PageModel
{
    /// <summary>The bank code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The draft's check; null when the bank has no draft.</summary>
    public BankCheck? Check { get; private set; }

    /// <summary>Why the last publication was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The problems that refused the last publication.</summary>
    public IReadOnlyList<BankProblemInfo> RefusalProblems { get; private set; } = [];

    /// <summary>Checks the draft.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!BankWorkshop.IsBankCode(Code))
        {
            return NotFound();
        }

        Check = await workshop.CheckDraftAsync(Code!);
        return Page();
    }

    /// <summary>Publishes the draft; back to the list on success, the refusal here otherwise.</summary>
    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!BankWorkshop.IsBankCode(Code))
        {
            return NotFound();
        }

        var reply = await workshop.PublishAsync(Code!, User.Actor());
        if (reply.Version is { } version)
        {
            return RedirectToPage("/Banks/Banks", new { published = $"{Code}/{version.Version}" });
        }

        Refusal = reply.Reason is { } reason ? RefusalWords.Bilingual(reason) : null;
        RefusalProblems = reply.Problems;
        Check = await workshop.CheckDraftAsync(Code!);
        return Page();
    }
}
