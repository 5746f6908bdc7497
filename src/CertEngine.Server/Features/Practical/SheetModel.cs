using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Practical;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// <c>/assess/{sessionId}/{ticket}/{taskId}</c>: one task's rubric as a form, read the way its 评分标准 are written: the
/// assessor enters what each criterion deducts (扣分, 0 to the criterion's points: 扣完为止), the form shows what that
/// leaves (得分) and the total, with 否决项 checkboxes and a remark. Submitting signs the assessor's sheet (points
/// awarded = points − deducted), which is final and audited; the same rules as <c>POST /api/practical/…/sheet</c>
/// (which takes points awarded), through the same code.
/// </summary>
[Authorize(Policy = AccessPolicies.Assessor)]
public sealed class SheetModel(IGrainFactory grains) : PageModel
{
    /// <summary>The task with its rubric and, once signed, the assessor's own sheet.</summary>
    public TaskView? Scored { get; private set; }

    /// <summary>Points deducted per criterion id, as typed (kept when the form is shown again).</summary>
    [BindProperty]
    public Dictionary<string, decimal> Deducted { get; set; } = [];

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

    /// <summary>Where this sheet stands among the assessor's sheets of the sitting: its place (from 1), how many, how many signed.</summary>
    public (int Place, int Count, int Signed) Progress { get; private set; }

    /// <summary>The next sheet of the sitting this assessor has not signed (after this one, then from the start), or null when none is left.</summary>
    public string? Next { get; private set; }

    /// <summary>Shows the form, or the signed sheet, with the assessor's progress through the sitting and the next sheet.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, string ticket, string taskId)
    {
        Scored = await PracticalScoring.FindTaskAsync(sessionId, ticket, taskId, User, grains);
        if (Scored is null)
        {
            return NotAssigned();
        }

        var sheets = (await PracticalScoring.AssignmentsAsync(User, grains))
            .Where(a => a.SessionId == sessionId)
            .SelectMany(a => a.Candidates.SelectMany(c => c.Tasks.Select(t => (Ticket: c.Ticket, t.TaskId, t.Signed))))
            .ToList();
        var place = sheets.FindIndex(s => s.Ticket == ticket && s.TaskId == taskId);
        Progress = (place + 1, sheets.Count, sheets.Count(s => s.Signed));
        var next = sheets.Skip(place + 1).Concat(sheets.Take(Math.Max(place, 0))).FirstOrDefault(s => !s.Signed);
        Next = next.TaskId is null ? null
            : $"/assess/{Uri.EscapeDataString(sessionId)}/{Uri.EscapeDataString(next.Ticket)}/{Uri.EscapeDataString(next.TaskId)}";
        return Page();
    }

    // Not the user's sheet (or none): 404 with a page that says so and links back to the desk; nothing of the sheet in it.
    private PageResult NotAssigned()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Signs the sheet.</summary>
    public async Task<IActionResult> OnPostAsync(string sessionId, string ticket, string taskId)
    {
        Scored = await PracticalScoring.FindTaskAsync(sessionId, ticket, taskId, User, grains);
        if (Scored is null)
        {
            return NotAssigned();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), ValidationMessages.Of("请确认评分无误后再提交：签署后不能修改"));
        }

        var awarded = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in Scored.Rubric)
        {
            if (!Deducted.TryGetValue(line.Id, out var deducted))
            {
                ModelState.AddModelError($"{nameof(Deducted)}[{line.Id}]", $"“{line.Name}”未填扣分（不扣分填 0） ({line.Name}: enter the deduction, 0 for none)");
            }
            else if (deducted < 0 || deducted > line.Points)
            {
                ModelState.AddModelError($"{nameof(Deducted)}[{line.Id}]", $"“{line.Name}”扣分应在 0 到 {line.Points:0.##} 之间 ({line.Name}: a deduction from 0 to {line.Points:0.##})");
            }
            else
            {
                awarded[line.Id] = line.Points - deducted;
            }
        }

        if (Deducted.Keys.Any(id => Scored.Rubric.All(line => line.Id != id)))
        {
            ModelState.AddModelError(nameof(Deducted), ValidationMessages.Of("评分项与本题的评分标准不符，请刷新页面"));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var sheet = new ScoreSheet(awarded, Vetoes, string.IsNullOrWhiteSpace(Remark) ? null : Remark.Trim());
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
