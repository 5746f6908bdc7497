using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// <c>/assess/adjudication</c>: for the chief assessor (考评组长), the tasks held for a decision with every assessor's marks
/// side by side, and the decision with its reason (audited), through the same code as the API.
/// </summary>
[Authorize(Policy = AccessPolicies.Assessor)]
public sealed class AdjudicationModel(IGrainFactory grains) : PageModel
{
    /// <summary>The cases held in the sittings the user leads.</summary>
    public IReadOnlyList<AdjudicationView> Cases { get; private set; } = [];

    /// <summary>The sitting of the decided case.</summary>
    [BindProperty, Required, StringLength(64)]
    public string? SessionId { get; set; }

    /// <summary>The ticket of the decided case.</summary>
    [BindProperty, Required, StringLength(40)]
    public string? Ticket { get; set; }

    /// <summary>The task of the decided case.</summary>
    [BindProperty, Required, StringLength(64)]
    public string? TaskId { get; set; }

    /// <summary>The decided score.</summary>
    [BindProperty, Required(ErrorMessage = "请填写裁定分数 (score required)")]
    public decimal? Score { get; set; }

    /// <summary>Why.</summary>
    [BindProperty, Required(ErrorMessage = "裁定须注明理由 (an adjudication needs a reason)"), StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>The chief's one confirmation that the decision is final (it is audited and cannot be undone).</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>Why the decision was refused, when it was.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Lists the cases.</summary>
    public async Task OnGetAsync() => Cases = await PracticalScoring.AdjudicationsAsync(User, grains);

    /// <summary>Records the decision.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!Confirmed)
        {
            ModelState.AddModelError("", "请确认裁定：裁定记入审计记录，不能撤销 (confirm first: a decision is final and audited)");
        }

        if (ModelState.IsValid)
        {
            var reply = await PracticalScoring.AdjudicateAsync(SessionId!, Ticket!, TaskId!, Score!.Value, Reason!.Trim(), User, grains);
            if (reply is { Accepted: true })
            {
                return RedirectToPage();
            }

            Refusal = (reply is null ? null : RefusalWords.Bilingual(reply)) ?? "没有找到您负责裁定的该考题 (no such case of yours)";
            Response.StatusCode = reply is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Cases = await PracticalScoring.AdjudicationsAsync(User, grains);
        return Page();
    }
}
