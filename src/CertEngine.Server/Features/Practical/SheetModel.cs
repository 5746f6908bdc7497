using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Practical;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// <c>/assess/{sessionId}/{ticket}/{taskId}</c>: one task's rubric as a form (points per criterion bounded by its maximum,
/// 否决项 checkboxes, remark). Submitting signs the assessor's sheet, which is final and audited; the same rules as
/// <c>POST /api/practical/…/sheet</c>, through the same code.
/// </summary>
[Authorize(Policy = AccessPolicies.Assessor)]
public sealed class SheetModel(IGrainFactory grains) : PageModel
{
    /// <summary>The task with its rubric and, once signed, the assessor's own sheet.</summary>
    public TaskView? Scored { get; private set; }

    /// <summary>Points per criterion id.</summary>
    [BindProperty]
    public Dictionary<string, decimal> Awarded { get; set; } = [];

    /// <summary>Indexes of the triggered 否决项.</summary>
    [BindProperty]
    public List<int> Vetoes { get; set; } = [];

    /// <summary>评语.</summary>
    [BindProperty, StringLength(1000)]
    public string? Remark { get; set; }

    /// <summary>The assessor confirmed that the sheet is final.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>Why the sheet was refused, when it was.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Shows the form, or the signed sheet.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, string ticket, string taskId)
    {
        Scored = await PracticalScoring.FindTaskAsync(sessionId, ticket, taskId, User, grains);
        return Scored is null ? NotFound() : Page();
    }

    /// <summary>Signs the sheet.</summary>
    public async Task<IActionResult> OnPostAsync(string sessionId, string ticket, string taskId)
    {
        Scored = await PracticalScoring.FindTaskAsync(sessionId, ticket, taskId, User, grains);
        if (Scored is null)
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), "请确认评分无误后再提交：签署后不能修改 (confirm first: a signed sheet is final)");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var sheet = new ScoreSheet(Awarded, Vetoes, string.IsNullOrWhiteSpace(Remark) ? null : Remark.Trim());
        var reply = await PracticalScoring.SubmitSheetAsync(sessionId, ticket, taskId, sheet, User, grains);
        if (reply is null)
        {
            return NotFound();
        }

        if (!reply.Accepted)
        {
            Refusal = RefusalWords.Bilingual(reply);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return RedirectToPage(new { sessionId, ticket, taskId });
    }
}
