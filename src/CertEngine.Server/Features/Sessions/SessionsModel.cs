using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Grains.Candidates;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Candidates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// 场次安排: every sitting (linking to its proctor console), and the form that schedules one on an opened track — room,
/// start in Beijing time, minutes, proctors, assessors and the chief, and the roster picked from the track's enrolled
/// candidates or pasted. The sitting grain decides (staffing, seats, eligibility); its refusal is shown on the form with
/// everything typed kept.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class SessionsModel(TrackDefinitions definitions, IGrainFactory grains, IBatchRecords batches, ICandidateDirectory directory, Results.CandidateRowKeys rowKeys, TimeProvider clock) : PageModel
{
    /// <summary>How many enrolled candidates the form lists to pick from; more are pasted.</summary>
    public const int PickLimit = 500;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private IReadOnlyList<string> _allEnrolled = [];

    /// <summary>场次编号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写场次编号"), StringLength(32, ErrorMessage = "场次编号不超过 32 个字符"),
     RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "场次编号只能含字母、数字、点、下划线和连字符")]
    public string? Id { get; set; }

    /// <summary>The opened track (认定项目).</summary>
    [BindProperty(SupportsGet = true), StringLength(80)]
    public string? Track { get; set; }

    /// <summary>theory, practical or review.</summary>
    [BindProperty, Required(ErrorMessage = "请选择考核科目")]
    public string? Component { get; set; }

    /// <summary>考点.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考点"), StringLength(80)]
    public string? Centre { get; set; }

    /// <summary>考场.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考场"), StringLength(80)]
    public string? Room { get; set; }

    /// <summary>开考时间, Beijing wall-clock time as a <c>datetime-local</c> input sends it (<c>2026-11-24T08:30</c>).</summary>
    [BindProperty, Required(ErrorMessage = "请填写开考时间")]
    public string? StartsAt { get; set; }

    /// <summary>考场座位数: the roster may not exceed it.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考场座位数"), Range(1, 5_000, ErrorMessage = "座位数应为 1–5000")]
    public int? Capacity { get; set; }

    /// <summary>A theory sitting of the batch whose roster a practical sitting copies (复制理论名单).</summary>
    [BindProperty(SupportsGet = true), StringLength(64)]
    public string? CopyFrom { get; set; }

    /// <summary>The exam batch (批次) the sitting is scheduled into; none for a sitting in no batch.</summary>
    [BindProperty(SupportsGet = true), StringLength(40)]
    public string? BatchId { get; set; }

    /// <summary>The selected track's batches, latest first (at most <see cref="IBatchRecords.MaxTake"/>).</summary>
    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    /// <summary>The chosen batch, when it is one of the selected track's.</summary>
    public BatchRow? ChosenBatch => Batches.FirstOrDefault(b => b.BatchId == BatchId);

    /// <summary>The batch's sittings (the selected track's in the chosen batch, or in none; not cancelled), oldest start first.</summary>
    public IReadOnlyList<SessionSnapshot> Batch { get; private set; } = [];

    /// <summary>What copying the theory roster did: the sitting, how many were copied, left out as absent, left out as booked elsewhere.</summary>
    public (string From, int Copied, int Absent, int Booked)? Copied { get; private set; }

    /// <summary>考试时长 in minutes; blank takes the track's.</summary>
    [BindProperty, Range(1, 600, ErrorMessage = "时长应为 1–600 分钟")]
    public int? Minutes { get; set; }

    /// <summary>监考人员 (user names).</summary>
    [BindProperty]
    public List<string> Proctors { get; set; } = [];

    /// <summary>考评员 (user names), for practical and review sittings.</summary>
    [BindProperty]
    public List<string> Assessors { get; set; } = [];

    /// <summary>考评组长: one of <see cref="Assessors"/>.</summary>
    [BindProperty, StringLength(32)]
    public string? ChiefAssessor { get; set; }

    /// <summary>The row keys (<see cref="Results.CandidateRowKeys"/>) of the candidates picked from the track's enrolled ones: no page carries whole ID numbers in its attributes.</summary>
    [BindProperty]
    public List<string> Roster { get; set; } = [];

    /// <summary>Pasted roster lines: an ID number, optionally followed by the admission ticket number.</summary>
    [BindProperty, StringLength(200_000)]
    public string? Pasted { get; set; }

    /// <summary>The sittings the signed-in user may run (Admin and CentreManager: every sitting), latest start first.</summary>
    public IReadOnlyList<SessionView> Sittings { get; private set; } = [];

    /// <summary>The names of the batches (批次) the listed sittings are scheduled into, by batch id.</summary>
    public IReadOnlyDictionary<string, string> BatchNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The opened tracks.</summary>
    public IReadOnlyList<DefinedTrack> Tracks { get; private set; } = [];

    /// <summary>The selected track, when it is opened.</summary>
    public DefinedTrack? Selected => Tracks.FirstOrDefault(t => t.Key == Track);

    /// <summary>The selected track's enrolled candidates (ID number, name), up to <see cref="PickLimit"/>.</summary>
    public IReadOnlyList<(string IdNumber, string Name)> Enrolled { get; private set; } = [];

    /// <summary>Enrolled candidates beyond <see cref="PickLimit"/>.</summary>
    public int NotListed { get; private set; }

    /// <summary>Active accounts with the Proctor role.</summary>
    public IReadOnlyList<StaffAccount> ProctorAccounts { get; private set; } = [];

    /// <summary>Active accounts with the Assessor role.</summary>
    public IReadOnlyList<StaffAccount> AssessorAccounts { get; private set; } = [];

    /// <summary>The sitting just scheduled.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scheduled { get; set; }

    /// <summary>Shows the list and a blank form with a suggested id and tomorrow 08:30.</summary>
    public async Task OnGetAsync()
    {
        await LoadAsync(firstTrackByDefault: true);
        Id = SuggestId();
        var tomorrow = ChinaTime.Today(clock).AddDays(1);
        StartsAt = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:30";
        Component = Selected is { Components.Count: > 0 } selected ? selected.Components[0].Component : null;
        if (CopyFrom is { } from && Batch.FirstOrDefault(b => b.Id == from && b.Plan.Component == ExamComponent.Theory) is { } theory
            && Selected!.Components.Any(c => c.Component == "practical"))
        {
            // The practical sitting of the same batch: the theory roster, less the absent and those booked on another practical sitting.
            var (copied, absent, booked) = SittingBatch.CopyRoster(theory, Batch);
            var listed = Enrolled.Select(e => e.IdNumber).ToHashSet(StringComparer.Ordinal);
            Roster = copied.Where(listed.Contains).Select(rowKeys.Of).ToList();
            Pasted = string.Join('\n', copied.Where(id => !listed.Contains(id)));
            (Component, Centre, Room, Capacity, Copied) = ("practical", theory.Plan.Centre, null, null, (theory.Id, copied.Count, absent, booked));
        }

        Minutes = Selected?.Components.FirstOrDefault(c => c.Component == Component)?.Minutes;
    }

    /// <summary>Schedules the sitting; on a refusal shows the form again as it was typed.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        // Never another track than the one posted: a track no longer opened is refused, not swapped.
        await LoadAsync(firstTrackByDefault: false);
        var plan = await PlanAsync();
        if (plan is null || !ModelState.IsValid)
        {
            return Page();
        }

        var session = grains.GetGrain<IExamSessionGrain>(Id!);
        if (await session.GetAsync() is not null)
        {
            ModelState.AddModelError(nameof(Id), $"场次编号 {Id} 已被使用 (the sitting id {Id} is taken)");
            return Page();
        }

        var reply = await session.ScheduleAsync(plan, User.Actor());
        if (!reply.Accepted)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(reply));
            return Page();
        }

        return RedirectToPage(new { scheduled = Id, track = Track, batchId = BatchId });
    }

    private async Task LoadAsync(bool firstTrackByDefault)
    {
        Sittings = await SittingQueries.ListAsync(User, grains);
        // One read per batch named in the list (at most the list's length; batches hold many sittings each).
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var batchId in Sittings.Select(s => s.BatchId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            names[batchId] = (await batches.FindAsync(batchId, HttpContext.RequestAborted))?.Name ?? batchId;
        }

        BatchNames = names;
        Tracks = (await definitions.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).ToList();
        if (firstTrackByDefault)
        {
            Track = Selected?.Key ?? (Tracks.Count > 0 ? Tracks[0].Key : null);
        }

        var staff = (await grains.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key).ListAsync()).Where(a => !a.Disabled).OrderBy(a => a.UserName, StringComparer.Ordinal).ToList();
        ProctorAccounts = staff.Where(a => a.Roles.Contains(StaffRoles.Proctor)).ToList();
        AssessorAccounts = staff.Where(a => a.Roles.Contains(StaffRoles.Assessor)).ToList();
        if (Selected is { } track)
        {
            var ids = await grains.GetGrain<ICertificationTrackGrain>(track.Key).ListEnrolledAsync();
            var listed = ids.Take(PickLimit).ToList();
            var shown = await CandidateNames.OfAsync(directory, grains, listed, HttpContext.RequestAborted);
            Enrolled = listed.Select(id => (id, shown.GetValueOrDefault(id, ""))).ToArray();
            _allEnrolled = ids;
            NotListed = Math.Max(0, ids.Count - PickLimit);
            Batches = await batches.ListAsync(track.Key, 0, IBatchRecords.MaxTake);
            BatchId = string.IsNullOrWhiteSpace(BatchId) ? null : BatchId.Trim();
            Batch = await SittingBatch.OfBatchAsync(grains, track.Key, ChosenBatch?.BatchId);
        }
    }

    // The plan as typed, or null with the problems in ModelState.
    private async Task<SessionPlan?> PlanAsync()
    {
        if (Selected is not { } track)
        {
            ModelState.AddModelError(nameof(Track), ValidationMessages.Of("请选择已开通的认定项目"));
            return null;
        }

        if (track.Components.FirstOrDefault(c => c.Component == Component) is not { } component || !Enum.TryParse<ExamComponent>(Component, true, out var kind))
        {
            ModelState.AddModelError(nameof(Component), ValidationMessages.Of("该认定项目没有这个考核科目"));
            return null;
        }

        if (!DateTime.TryParseExact(StartsAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            ModelState.AddModelError(nameof(StartsAt), ValidationMessages.Of("开考时间格式应为 2026-11-24T08:30"));
            return null;
        }

        if (BatchId is not null && ChosenBatch is null)
        {
            ModelState.AddModelError(nameof(BatchId), ValidationMessages.Of("该认定项目没有这个批次"));
            return null;
        }

        var picked = rowKeys.Find(Roster, _allEnrolled);
        if (picked.Count != Roster.Distinct(StringComparer.Ordinal).Count())
        {
            ModelState.AddModelError(nameof(Roster), ValidationMessages.Of("名单已变化，请刷新页面后重新勾选"));
            return null;
        }

        var seats = SessionsRoster.Read(picked, Pasted, Id ?? "", await SittingBatch.TicketsAsync(grains, batches, track.Key, BatchId, Id));
        foreach (var problem in seats.Problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (seats.Problems.Count > 0)
        {
            return null;
        }

        var assessors = kind == ExamComponent.Theory ? [] : Assessors.Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        var chief = kind == ExamComponent.Theory || string.IsNullOrWhiteSpace(ChiefAssessor) ? null : ChiefAssessor.Trim();
        return new SessionPlan(track.Key, kind, Centre?.Trim() ?? "", Room?.Trim() ?? "", new DateTimeOffset(local, Beijing), Minutes ?? component.Minutes,
            Proctors.Where(p => !string.IsNullOrWhiteSpace(p)).ToList(), seats.Seats, assessors, chief, Capacity ?? 0, BatchId: BatchId);
    }

    private string SuggestId()
    {
        var prefix = "S" + ChinaTime.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
        var taken = Sittings.Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var n = 1;
        while (taken.Contains(prefix + n.ToString("00", CultureInfo.InvariantCulture)))
        {
            n++;
        }

        return prefix + n.ToString("00", CultureInfo.InvariantCulture);
    }
}
