using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Candidates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// <c>/admin/sessions/{id}</c>: one sitting's changes before its start — reschedule (新时间、考场和座位数), cancel (with a
/// reason; its tickets are withdrawn) and move one candidate to another sitting of the batch with a seat free (调场); its
/// roster with seats used against the room's, and its admission tickets as HTML or one PDF. The sitting grain decides;
/// a refusal is shown on the page and changes nothing.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class SittingModel(IGrainFactory grains, ICandidateDirectory directory) : PageModel
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The sitting.</summary>
    public SessionSnapshot? Sitting { get; private set; }

    /// <summary>The roster with names, by seat.</summary>
    public IReadOnlyList<(SeatAssignment Seat, string Name)> Roster { get; private set; } = [];

    /// <summary>The sittings of the batch a candidate may move to: same component, not yet opened for check-in, not this one.</summary>
    public IReadOnlyList<SessionSnapshot> MoveTargets { get; private set; } = [];

    /// <summary>What was just done: <c>rescheduled</c>, <c>cancelled</c> or <c>moved</c> (the page says it in words).</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    /// <summary>The new start (Beijing time, <c>2026-11-24T08:30</c>).</summary>
    [BindProperty, StringLength(20)]
    public string? StartsAt { get; set; }

    /// <summary>The new centre.</summary>
    [BindProperty, StringLength(80)]
    public string? Centre { get; set; }

    /// <summary>The new room.</summary>
    [BindProperty, StringLength(80)]
    public string? Room { get; set; }

    /// <summary>The room's seats.</summary>
    [BindProperty, Range(1, 5_000, ErrorMessage = "座位数应为 1–5000")]
    public int? Capacity { get; set; }

    /// <summary>The candidate to move, by seat.</summary>
    [BindProperty, Range(1, 10_000)]
    public int? Seat { get; set; }

    /// <summary>The sitting to move them to.</summary>
    [BindProperty, StringLength(64)]
    public string? To { get; set; }

    /// <summary>Why (every change needs one).</summary>
    [BindProperty, StringLength(500, ErrorMessage = "原因不超过 500 个字符")]
    public string? Reason { get; set; }

    /// <summary>Cancelling is confirmed by ticking a box (it cannot be undone).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>Shows the sitting; 404 when there is none.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        StartsAt = Sitting!.Plan.StartsAt.ToOffset(Beijing).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        (Centre, Room, Capacity) = (Sitting.Plan.Centre, Sitting.Plan.Room, Sitting.Plan.Capacity > 0 ? Sitting.Plan.Capacity : null);
        return Page();
    }

    /// <summary>Reschedules: a new start, centre, room and seats, with the reason.</summary>
    public async Task<IActionResult> OnPostRescheduleAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!DateTime.TryParseExact(StartsAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            ModelState.AddModelError(nameof(StartsAt), ValidationMessages.Of("开考时间格式应为 2026-11-24T08:30"));
        }

        if (string.IsNullOrWhiteSpace(Room) || Capacity is null)
        {
            ModelState.AddModelError(nameof(Room), ValidationMessages.Of("请填写考场和座位数"));
        }

        return await ActAsync(id, s => s.RescheduleAsync(new DateTimeOffset(local, Beijing), Centre ?? Sitting!.Plan.Centre, Room ?? "", Capacity ?? 0, User.Actor(), Reason ?? ""), "rescheduled");
    }

    /// <summary>Cancels the sitting, with the reason and the confirmation.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), ValidationMessages.Of("请勾选确认取消本场次"));
        }

        return await ActAsync(id, s => s.CancelAsync(User.Actor(), Reason ?? ""), "cancelled");
    }

    /// <summary>Moves the candidate in seat <see cref="Seat"/> to sitting <see cref="To"/>, with the reason.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var seat = Sitting!.Plan.Roster.FirstOrDefault(r => r.Seat == Seat);
        if (seat is null || string.IsNullOrWhiteSpace(To))
        {
            ModelState.AddModelError(nameof(Seat), ValidationMessages.Of("请选择考生和调入的场次"));
        }

        return await ActAsync(id, s => s.MoveCandidateAsync(seat!.IdNumber, To!.Trim(), User.Actor(), Reason ?? ""), "moved");
    }

    // The change when the form is valid; a refusal is shown on the page as typed; a success comes back as a fresh page.
    private async Task<IActionResult> ActAsync(string id, Func<IExamSessionGrain, Task<CommandReply>> change, string done)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), ValidationMessages.Of("请填写原因"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reply = await change(grains.GetGrain<IExamSessionGrain>(id));
        if (!reply.Accepted)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(reply));
            return Page();
        }

        return RedirectToPage(new { id, done });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (id.Length > 64 || await grains.GetGrain<IExamSessionGrain>(id).GetAsync() is not { } sitting)
        {
            return false;
        }

        Sitting = sitting;
        var seats = sitting.Plan.Roster.OrderBy(r => r.Seat).Take(SessionsRoster.MaxSeats).ToList();
        var names = await CandidateNames.OfAsync(directory, grains, seats.Select(r => r.IdNumber).ToList(), HttpContext.RequestAborted);
        Roster = seats.Select(r => (r, names.GetValueOrDefault(r.IdNumber, ""))).ToList();
        MoveTargets = (await SittingBatch.OfBatchAsync(grains, sitting.Plan.TrackKey, sitting.Plan.BatchId))
            .Where(s => s.Id != id && s.Plan.Component == sitting.Plan.Component && s.Status == SessionStatus.Scheduled).ToList();
        return true;
    }
}
