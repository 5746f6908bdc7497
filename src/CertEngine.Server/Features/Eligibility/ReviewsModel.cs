using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Eligibility;

/// <summary>
/// <c>/admin/eligibility</c>: the eligibility review queue (资格审核). Each waiting application shows the candidate's evidence
/// and the engine's decision route by route; the reviewer approves (the evidence is confirmed, the route recorded, the
/// candidate enrolled) or rejects with a reason. No staff role is a reviewer: the managers (Registrar policy) review.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class ReviewsModel(ReviewDesk desk, TrackDefinitions tracks) : PageModel
{
    /// <summary>Only applications to this track.</summary>
    [BindProperty(SupportsGet = true, Name = "track"), StringLength(ReviewDesk.MaxTrackLength)]
    public string? Track { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, ReviewDesk.MaxPage)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page of the queue.</summary>
    public ReviewDeskPage? Queue { get; private set; }

    /// <summary>The opened tracks, for the filter.</summary>
    public IReadOnlyList<(string Key, string Title)> OpenTracks { get; private set; } = [];

    /// <summary>A one-line result of the last decision.</summary>
    public string? Message { get; private set; }

    /// <summary>Lists the queue.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Approves one application.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string reviewId, CancellationToken cancellationToken)
    {
        var reply = await desk.ApproveAsync(reviewId ?? "", User.Actor(), cancellationToken);
        Decided(reply is null ? null : reply.Outcome == ApplicationOutcome.Enrolled ? CommandReply.Ok : new CommandReply(false, null, reply.Reason),
            "已通过审核并申报 (approved and enrolled)");
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Rejects one application with a reason.</summary>
    public async Task<IActionResult> OnPostRejectAsync(string reviewId, string? reason, CancellationToken cancellationToken)
    {
        var reply = await desk.RejectAsync(reviewId ?? "", (reason ?? "").Length > 400 ? reason![..400] : reason ?? "", User.Actor(), cancellationToken);
        Decided(reply, "已退回，考生补充材料后可重新提交 (rejected: the candidate may resubmit after new evidence)");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private void Decided(CommandReply? reply, string done)
    {
        if (reply is null)
        {
            ModelState.AddModelError("", ValidationMessages.Of("没有该审核"));
        }
        else if (!reply.Accepted)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(reply));
        }
        else
        {
            Message = done;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OpenTracks = (await tracks.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).Select(t => (t.Key, t.Title)).ToList();
        // A filter or page out of bounds shows the first page of every track rather than failing.
        var track = Track is { Length: <= ReviewDesk.MaxTrackLength } ? Track : null;
        var page = PageNumber is >= 1 and <= ReviewDesk.MaxPage ? PageNumber : 1;
        Queue = await desk.PageAsync(track, page, cancellationToken);
    }
}
