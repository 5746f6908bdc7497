using System.ComponentModel.DataAnnotations;
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
/// 证书管理: find certificates by number or holder ID number, see status and history, and suspend, reinstate, revoke
/// or reissue one with a reason — the same grain calls as <see cref="CertificateAdminApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class CertificatesModel(CertificateSearch search, IGrainFactory grains) : PageModel
{
    /// <summary>The lifecycle actions the page offers.</summary>
    public static IReadOnlyList<(string Action, string Chinese, string English)> Actions { get; } =
    [
        ("suspend", "暂停", "Suspend"), ("reinstate", "恢复", "Reinstate"), ("revoke", "撤销", "Revoke"), ("reissue", "补发/换发", "Reissue"),
    ];

    /// <summary>The certificate number or holder's ID number searched for.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateSearch.MaxQueryLength)]
    public string? Q { get; set; }

    /// <summary>The certificates found.</summary>
    public IReadOnlyList<CertificateSnapshot> Found { get; private set; } = [];

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Searches when a query is given.</summary>
    public async Task OnGetAsync()
    {
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Q))
        {
            Found = await search.FindAsync(Q);
            Message = Found.Count == 0 ? "没有找到证书 (no certificate found)" : null;
        }
    }

    /// <summary>Applies one lifecycle action to certificate <paramref name="number"/> with <paramref name="reason"/>.</summary>
    public async Task<IActionResult> OnPostActAsync(string? number, string? action, string? reason)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > CertificateSearch.MaxQueryLength || string.IsNullOrWhiteSpace(reason) || reason.Length > 500
            || Actions.All(a => a.Action != action))
        {
            (Message, Refused) = ("请填写原因（不超过 500 字） (give a reason, at most 500 characters)", true);
            await OnGetAsync();
            return Page();
        }

        var certificate = grains.GetGrain<ICertificateGrain>(number.Trim());
        var actor = User.Actor();
        string? refusal;
        if (await certificate.GetAsync() is not { } snapshot)
        {
            refusal = $"没有证书 {number} (no such certificate)";
        }
        else if (action == "reissue")
        {
            var issued = await grains.GetGrain<ICertificationTrackGrain>(snapshot.Fields.TrackKey).ReissueCertificateAsync(number.Trim(), actor, reason.Trim());
            refusal = issued.Outcome == IssueOutcome.Issued ? null : RefusalWords.Bilingual(issued.Reason, issued.Words);
        }
        else
        {
            CommandReply reply = action switch
            {
                "suspend" => await certificate.SuspendAsync(actor, reason.Trim()),
                "reinstate" => await certificate.ReinstateAsync(actor, reason.Trim()),
                _ => await certificate.RevokeAsync(actor, reason.Trim()),
            };
            refusal = reply.Accepted ? null : RefusalWords.Bilingual(reply);
        }

        Q ??= number;
        await OnGetAsync();
        (Message, Refused) = refusal is null ? ("已完成 (done)", false) : (refusal, true);
        return Page();
    }
}
