using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Banks;

/// <summary>题库版本比较: what was added, removed and changed between two published versions of a bank.</summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class BanksDiffModel(BankWorkshop workshop) : PageModel
{
    /// <summary>The bank code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The earlier version.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>The later version.</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>The bank's published versions, for the choice.</summary>
    public IReadOnlyList<int> Versions { get; private set; } = [];

    /// <summary>The comparison, when two versions were chosen.</summary>
    public BankDiffReport? Report { get; private set; }

    /// <summary>Why the comparison could not be made.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the choice and, when given, the comparison.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!BankWorkshop.IsBankCode(Code) || await workshop.FindAsync(Code!) is not { } bank)
        {
            return NotFound();
        }

        Versions = bank.Versions.Select(v => v.Version).ToList();
        if (From is { } from && To is { } to)
        {
            (Report, Problem) = await workshop.DiffAsync(Code!, from, to);
        }

        return Page();
    }
}
