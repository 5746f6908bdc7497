using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Batches;

/// <summary>
/// One batch (<c>/admin/batches/{id}</c>, Admin and CentreManager): its sittings, its candidates with their one admission
/// ticket number each (ID numbers masked), and links to schedule another sitting into it, print its tickets and export its results.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class BatchModel(BatchDesk desk) : PageModel
{
    /// <summary>The page of candidates (from 1).</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 10_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The batch shown.</summary>
    public BatchDetails? Details { get; private set; }

    /// <summary>Shows the batch; 404 when there is none.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !BatchDesk.IsId(id) || await desk.DetailsAsync(id, PageNumber, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }
}
