using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Publicity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// <c>/admin/publicity</c> (Admin, CentreManager): 成绩公示. Closed sittings whose results wait, publishing a sitting or a
/// track's date range, the notices published with their periods and public pages, and the objections to answer and close
/// (each step audited on the notice; an objection not closed holds its candidate's certificate back).
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class PublicityModel(ResultPublication publication, ObjectionDesk desk, PublicityCalendar calendar, TrackDefinitions tracks, IGrainFactory grains,
    IBatchRecords batches, PublicityCalendarCheck calendarCheck) : PageModel
{
    /// <summary>The most notices the page lists.</summary>
    public const int MaxNotices = 50;

    /// <summary>Closed sittings whose results wait for 公示.</summary>
    public IReadOnlyList<string> Waiting { get; private set; } = [];

    /// <summary>The opened tracks, for the range form.</summary>
    public IReadOnlyList<(string Key, string Title)> OpenTracks { get; private set; } = [];

    /// <summary>The newest notices.</summary>
    public IReadOnlyList<PublicityNotice> Notices { get; private set; } = [];

    /// <summary>Objections not closed, oldest first.</summary>
    public IReadOnlyList<PublicityObjection> Objections { get; private set; } = [];

    /// <summary>What was wrong with the working-day calendar, if anything.</summary>
    public PublicityCalendar Calendar => calendar;

    /// <summary>
    /// The first year the calendar lacks within its warning window (next year's holidays not yet added), or null: 公示 periods
    /// reaching that year are refused, so the page says so before a manager meets the refusal.
    /// </summary>
    public int? MissingYear => calendarCheck.MissingYear();

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>The track of a range.</summary>
    [BindProperty, StringLength(PublicityApi.MaxKeyLength)]
    public string? Track { get; set; }

    /// <summary>The range's first exam date.</summary>
    [BindProperty]
    public DateOnly? From { get; set; }

    /// <summary>The range's last exam date.</summary>
    [BindProperty]
    public DateOnly? To { get; set; }

    /// <summary>Shows the page.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Publishes one closed sitting.</summary>
    public async Task<IActionResult> OnPostSittingAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sessionId) || sessionId.Length > PublicityApi.MaxKeyLength)
        {
            ModelState.AddModelError("", "请选择场次 (choose a sitting)");
        }
        else
        {
            Published(await publication.PublishSittingAsync(sessionId.Trim(), User.Actor(), cancellationToken));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Publishes a track's complete results in a date range.</summary>
    public async Task<IActionResult> OnPostRangeAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Track) || From is not { } from || To is not { } to || to < from || to.DayNumber - from.DayNumber >= ResultPublication.MaxRangeDays)
        {
            ModelState.AddModelError("", $"请选择认定项目并填写起止日期（最长 {ResultPublication.MaxRangeDays} 天）(choose a track and a range of at most {ResultPublication.MaxRangeDays} days)");
        }
        else if (ModelState.IsValid)
        {
            Published(await publication.PublishRangeAsync(Track.Trim(), from, to, User.Actor(), cancellationToken));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The newest exam batches (批次), for the batch form.</summary>
    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    /// <summary>Publishes an exam batch's complete results.</summary>
    public async Task<IActionResult> OnPostBatchAsync(string? batchId, CancellationToken cancellationToken)
    {
        if (!Features.Batches.BatchDesk.IsId(batchId) || await batches.FindAsync(batchId!, cancellationToken) is not { } batch)
        {
            ModelState.AddModelError("", "请选择批次 (choose a batch)");
        }
        else
        {
            Published(await publication.PublishBatchAsync(batch, await PublicityApi.BatchTicketsAsync(batches, batch.BatchId, cancellationToken), User.Actor(), cancellationToken));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Answers an objection.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(string? objectionId, string? answer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(answer) || answer.Length > ObjectionDesk.MaxText || objectionId is not { Length: <= PublicityApi.MaxKeyLength })
        {
            ModelState.AddModelError("", $"请填写答复（最多 {ObjectionDesk.MaxText} 字）(give an answer of at most {ObjectionDesk.MaxText} characters)");
        }
        else
        {
            Done(await desk.AnswerAsync(objectionId, answer.Trim(), User.Actor(), cancellationToken), "已答复；办结后释放证书 (answered; close it to release the certificate)");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Closes an answered objection.</summary>
    public async Task<IActionResult> OnPostCloseAsync(string? objectionId, CancellationToken cancellationToken)
    {
        if (objectionId is not { Length: > 0 and <= PublicityApi.MaxKeyLength })
        {
            ModelState.AddModelError("", "异议不存在 (no such objection)");
        }
        else
        {
            Done(await desk.CloseAsync(objectionId, User.Actor(), cancellationToken), "已办结 (closed)");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private void Published(PublicationOutcome outcome)
    {
        switch (outcome)
        {
            case PublicationOutcome.Published published:
                Message = $"已发布成绩公示 {published.Notice.PublicityId}，公示期至 {published.Notice.EndsOn:yyyy-MM-dd} (published; the period ends on {published.Notice.EndsOn:yyyy-MM-dd})";
                break;
            case PublicationOutcome.Refused refused:
                ModelState.AddModelError("", RefusalWords.Bilingual(refused.Why));
                break;
            case PublicationOutcome.Missing missing:
                ModelState.AddModelError("", missing.What);
                break;
        }
    }

    private void Done(Refusal? refused, string done)
    {
        if (refused is null)
        {
            Message = done;
        }
        else
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(refused));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OpenTracks = (await tracks.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).Select(t => (t.Key, t.Title)).ToList();
        var closed = (await SittingQueries.ListAsync(User, grains)).Where(s => s.Status == "closed").Select(s => (s.Id, s.TrackKey, s.StartsAt, s.BatchId)).ToList();
        Waiting = await publication.WaitingAsync(closed, cancellationToken);
        Notices = (await publication.ListAsync(null, 1, cancellationToken)).Take(MaxNotices).ToList();
        Objections = [.. await desk.ListAsync(PublicityObjectionStatus.Open, null, 1, cancellationToken), .. await desk.ListAsync(PublicityObjectionStatus.Answered, null, 1, cancellationToken)];
        Batches = await batches.ListAsync(null, 0, MaxNotices, cancellationToken);
    }
}
