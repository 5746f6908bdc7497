using System.ComponentModel.DataAnnotations;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// <c>/results/{id}</c>: a 成绩公示 for the public (no sign-in, phone first): the period and every line with masked name and
/// ID number, and the objection form (ticket, full ID number, text). The form answers the same whether or not the ticket
/// and ID number match a line, so it cannot be used to learn who sat; posting is rate-limited per address.
/// </summary>
[EnableRateLimiting(PublicityServices.ObjectionLimit)]
public sealed class NoticeModel(ResultPublication publication, ObjectionDesk desk, TimeProvider clock) : PageModel
{
    /// <summary>The notice shown.</summary>
    public PublicityView? Notice { get; private set; }

    /// <summary>准考证号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写准考证号"), StringLength(40)]
    public string? Ticket { get; set; }

    /// <summary>The full ID number.</summary>
    [BindProperty, Required(ErrorMessage = "请填写身份证号码"), StringLength(18)]
    public string? IdNumber { get; set; }

    /// <summary>What is wrong.</summary>
    [BindProperty, Required(ErrorMessage = "请填写异议内容"), StringLength(ObjectionDesk.MaxText, ErrorMessage = "异议内容最多 1000 字")]
    public string? Objection { get; set; }

    /// <summary>The generic answer after an objection was lodged.</summary>
    public string? Received { get; private set; }

    /// <summary>Shows the notice; 404 for an unknown id.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Lodges an objection.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var number = IdentityNumber.TryParse(IdNumber, ChinaTime.Today(clock)).Number;
        if (ModelState.IsValid && number is null)
        {
            ModelState.AddModelError(nameof(IdNumber), ValidationMessages.Of("身份证号码有误"));
        }

        if (ModelState.IsValid && (string.IsNullOrWhiteSpace(Objection) || string.IsNullOrWhiteSpace(Ticket)))
        {
            ModelState.AddModelError(nameof(Objection), ValidationMessages.Of("请填写准考证号和异议内容"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await desk.LodgeAsync(Notice!.PublicityId, Ticket!.Trim(), number!.Value.Value, Objection!.Trim(), cancellationToken) is { } refused)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(refused));
            return Page();
        }

        Received = PublicityApi.ReceivedWords;
        // The answer does not echo the ID number or the text back into the form.
        ModelState.Clear();
        (Ticket, IdNumber, Objection) = (null, null, null);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Notice = PublicityApi.IsId(id) ? await publication.ViewAsync(id, cancellationToken) : null;
        return Notice is not null;
    }
}
