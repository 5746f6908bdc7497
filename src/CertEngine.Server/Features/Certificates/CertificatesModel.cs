using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// 证书管理: find certificates by part of the number, holder's name or ID number, a sitting or dates of issue, see status
/// (in words) and history, download them, and suspend, reinstate, revoke or reissue one with a reason — the same grain calls
/// as <see cref="CertificateAdminApi"/>. Suspending or revoking asks the manager to confirm that the reason is shown publicly.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class CertificatesModel(CertificateSearch search, IGrainFactory grains) : PageModel
{
    /// <summary>The lifecycle actions the page offers.</summary>
    public static IReadOnlyList<(string Action, string Chinese, string English)> Actions { get; } =
    [
        ("suspend", "暂停", "Suspend"), ("reinstate", "恢复", "Reinstate"), ("revoke", "撤销", "Revoke"), ("reissue", "补发/换发", "Reissue"),
    ];

    /// <summary>Part of a certificate number, a holder's name or ID number searched for.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateSearch.MaxQueryLength)]
    public string? Q { get; set; }

    /// <summary>A sitting the holders sat.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateDocumentApi.MaxKeyLength)]
    public string? Session { get; set; }

    /// <summary>The first date of issue (yyyy-MM-dd).</summary>
    [BindProperty(SupportsGet = true), StringLength(10)]
    public string? From { get; set; }

    /// <summary>The last date of issue (yyyy-MM-dd).</summary>
    [BindProperty(SupportsGet = true), StringLength(10)]
    public string? To { get; set; }

    /// <summary>The page of results (from 1).</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 10_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Whether a next page may hold more.</summary>
    public bool MayHaveMore => Found.Count >= CertificateSearch.PageSize;

    /// <summary>The actions whose reason the public verify page shows (暂停, 撤销): the page warns and asks to confirm.</summary>
    public static bool ReasonShownPublicly(string action) => action is "suspend" or "revoke";

    /// <summary>The certificates found.</summary>
    public IReadOnlyList<CertificateSnapshot> Found { get; private set; } = [];

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Searches when anything to search by is given.</summary>
    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid || (string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Session) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)))
        {
            return;
        }

        var (query, _, problem) = CertificateSearchApi.Parse(Q, Session, From, To);
        if (query is null)
        {
            (Message, Refused) = (problem, true);
            return;
        }

        Found = await search.FindAsync(query, PageNumber, HttpContext.RequestAborted);
        Message = Found.Count == 0
            ? BilingualPages.Pick("没有找到证书。", "No certificate found.")
            : null;
    }

    /// <summary>A link to another page of the same search.</summary>
    public string PageLink(int page) =>
        $"/admin/certificates?q={Uri.EscapeDataString(Q ?? "")}&session={Uri.EscapeDataString(Session ?? "")}&from={Uri.EscapeDataString(From ?? "")}&to={Uri.EscapeDataString(To ?? "")}&p={page}";

    /// <summary>Applies one lifecycle action to certificate <paramref name="number"/> with <paramref name="reason"/>.</summary>
    public async Task<IActionResult> OnPostActAsync(string? number, string? action, string? reason, bool publicReason = false)
    {
        if (action is not null && ReasonShownPublicly(action) && !publicReason)
        {
            // The verify page anyone can open shows this reason: the manager confirms having read that before it is stored.
            (Message, Refused) = (BilingualPages.Pick("暂停或撤销的原因会在公开的证书验证页上显示，请确认后再提交。", "The reason is shown on the public verify page: tick the box to confirm."), true);
            Q ??= number;
            await OnGetAsync();
            return Page();
        }

        if (string.IsNullOrWhiteSpace(number) || number.Length > CertificateSearch.MaxQueryLength || string.IsNullOrWhiteSpace(reason) || reason.Length > 500
            || Actions.All(a => a.Action != action))
        {
            (Message, Refused) = (BilingualPages.Pick("请填写原因（不超过 500 字）。", "Give a reason, at most 500 characters."), true);
            await OnGetAsync();
            return Page();
        }

        var certificate = grains.GetGrain<ICertificateGrain>(number.Trim());
        var actor = User.Actor();
        string? refusal;
        string? done = null;
        if (await certificate.GetAsync() is not { } snapshot)
        {
            refusal = BilingualPages.Pick($"没有证书 {number}。", $"No certificate {number}.");
        }
        else if (action == "reissue")
        {
            var issued = await grains.GetGrain<ICertificationTrackGrain>(snapshot.Fields.TrackKey).ReissueCertificateAsync(number.Trim(), actor, reason.Trim());
            refusal = issued.Outcome == IssueOutcome.Issued ? null : Words(issued.Reason, issued.Words);
            done = BilingualPages.Pick($"已补发/换发：新证书编号 {issued.Number}，原证书 {number.Trim()} 已标为已换发。", $"Reissued: the new certificate is {issued.Number}; {number.Trim()} is marked reissued.");
        }
        else
        {
            CommandReply reply = action switch
            {
                "suspend" => await certificate.SuspendAsync(actor, reason.Trim()),
                "reinstate" => await certificate.ReinstateAsync(actor, reason.Trim()),
                _ => await certificate.RevokeAsync(actor, reason.Trim()),
            };
            refusal = reply.Accepted ? null : Words(reply.Reason, reply.Refusal);
            done = action switch
            {
                "suspend" => BilingualPages.Pick($"已暂停证书 {number.Trim()}，原因已在验证页公开。", $"Certificate {number.Trim()} suspended; the reason is shown on the verify page."),
                "reinstate" => BilingualPages.Pick($"已恢复证书 {number.Trim()}。", $"Certificate {number.Trim()} reinstated."),
                _ => BilingualPages.Pick($"已撤销证书 {number.Trim()}，原因已在验证页公开。", $"Certificate {number.Trim()} revoked; the reason is shown on the verify page."),
            };
        }

        Q ??= number;
        await OnGetAsync();
        (Message, Refused) = refusal is null ? (done, false) : (refusal, true);
        return Page();
    }


    // A refusal in the request's language: its reason code's words, or an area's own words when it has no code.
    private static string Words(Refusal? reason, string? words) =>
        reason is { } code ? RefusalWords.For(code, CultureInfo.CurrentUICulture) : words ?? BilingualPages.Pick("操作未完成。", "Not done.");
}
