using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts.Accounts;
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
    [BindProperty, Required(ErrorMessage = "请填写裁定分数")]
    public decimal? Score { get; set; }

    /// <summary>Why.</summary>
    [BindProperty, Required(ErrorMessage = "裁定须注明理由"), StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>The chief's one confirmation that the decision is final (it is audited and cannot be undone).</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>Why the decision was refused, when it was.</summary>
    public string? Refusal { get; private set; }

    /// <summary>What the last decision was, confirmed after it (in the page's language), or null.</summary>
    public string? Decided { get; private set; }

    /// <summary>The assessors' display names (姓名) by user name, as the staff accounts hold them.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Lists the cases, and confirms the decision just made when the redirect after it names one.</summary>
    public async Task OnGetAsync(string? decidedTicket, string? decidedTask, decimal? decidedScore)
    {
        if (decidedTicket is { Length: > 0 and <= 40 } && decidedTask is { Length: > 0 and <= 64 } && decidedScore is { } score)
        {
            var points = score.ToString("0.##", CultureInfo.InvariantCulture);
            Decided = BilingualPages.IsEnglish
                ? $"Decided: task {decidedTask} of ticket {decidedTicket}, score {points}"
                : $"已裁定：准考证号 {decidedTicket} 的 {decidedTask} 项，分数 {points}";
        }

        await LoadAsync();
    }

    /// <summary>An assessor's display name, or the user name when the account has none.</summary>
    public string NameOf(string assessor) => Names.GetValueOrDefault(assessor, assessor);

    /// <summary>Records the decision.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!Confirmed)
        {
            ModelState.AddModelError("", ValidationMessages.Of("请确认裁定：裁定记入审计记录，不能撤销"));
        }

        if (ModelState.IsValid)
        {
            var reply = await PracticalScoring.AdjudicateAsync(SessionId!, Ticket!, TaskId!, Score!.Value, Reason!.Trim(), User, grains);
            if (reply is { Accepted: true })
            {
                return RedirectToPage(new { decidedTicket = Ticket, decidedTask = TaskId, decidedScore = Score });
            }

            var english = BilingualPages.IsEnglish;
            Refusal = reply is null
                ? english ? "No such case of yours" : "没有找到您负责裁定的该考题"
                : RefusalWords.In(reply, english ? BilingualPages.English : BilingualPages.Chinese);
            Response.StatusCode = reply is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Cases = await PracticalScoring.AdjudicationsAsync(User, grains);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assessor in Cases.SelectMany(c => c.Case.Sheets.Select(s => s.Assessor)).Distinct(StringComparer.Ordinal))
        {
            if (await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(assessor)).GetAsync() is { DisplayName.Length: > 0 } account)
            {
                names[assessor] = account.DisplayName;
            }
        }

        Names = names;
    }
}
