using CertEngine.Contracts.Accounts;
using CertEngine.Domain;
using CertEngine.Server.Features.Eligibility;
using CertEngine.Server.Features.Practical;
using CertEngine.Server.Features.Publicity;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Dashboard;

/// <summary>
/// <c>/admin</c>, every staff member's first page (工作台): today's and upcoming sittings with their phase and counts,
/// what waits for this user (check-ins open, sittings running or paused, sheets to score, cases to adjudicate), and the
/// areas their roles may use.
/// </summary>
[Authorize(Policy = AccessPolicies.Staff)]
public sealed class DashboardModel(IGrainFactory grains, ReviewDesk reviews, ResultPublication publication, ObjectionDesk objections, TimeProvider clock) : PageModel
{
    /// <summary>The most sittings the page lists.</summary>
    public const int MaxSittings = 30;

    /// <summary>The most 公示 end days the page lists certificates for.</summary>
    public const int MaxPublicityEndings = 3;

    /// <summary>Admin: staff accounts and security events as well.</summary>
    public bool IsAdmin => User.IsInRole(StaffRoles.Admin);

    /// <summary>Admin or CentreManager: banks, tracks, sittings, candidates, certificates.</summary>
    public bool IsManager => IsAdmin || User.IsInRole(StaffRoles.CentreManager);

    /// <summary>May run sittings (Proctor, or a manager).</summary>
    public bool IsProctor => IsManager || User.IsInRole(StaffRoles.Proctor);

    /// <summary>Supervises sittings (督导员).</summary>
    public bool IsSupervisor => User.IsInRole(StaffRoles.Supervisor);

    /// <summary>May read the programme report: a manager, or the authority (主管部门, read-only).</summary>
    public bool ReadsReports => IsManager || User.IsInRole(StaffRoles.Authority);

    /// <summary>Scores practical tasks.</summary>
    public bool IsAssessor => User.IsInRole(StaffRoles.Assessor);

    /// <summary>Today's (Beijing date) and later sittings, and any still open from an earlier day, soonest first.</summary>
    public IReadOnlyList<DashboardSitting> Sittings { get; private set; } = [];

    /// <summary>What waits for this user, each with how many and where to go; empty when nothing does.</summary>
    public IReadOnlyList<WaitingWork> Waiting { get; private set; } = [];

    /// <summary>Collects the sittings and the waiting work of the user's roles.</summary>
    public async Task OnGetAsync()
    {
        var today = ChinaTime.Today(clock);
        var sittings = new List<DashboardSitting>();
        var waiting = new List<WaitingWork>();
        if (IsProctor)
        {
            var runnable = await SittingQueries.ListAsync(User, grains);
            sittings.AddRange(runnable.Select(s => new DashboardSitting(s.Id, s.TrackKey, s.Component, s.Room, s.StartsAt, s.Status,
                s.Rostered, s.CheckedIn, "/proctor/" + Uri.EscapeDataString(s.Id), "/proctor/" + Uri.EscapeDataString(s.Id))));
            Add(waiting, WaitingKind.CheckInOpen, runnable.Count(s => s.Status == "checkin"), "/proctor");
            Add(waiting, WaitingKind.Running, runnable.Count(s => s.Status is "running" or "paused"), "/proctor");
        }

        if (IsManager)
        {
            Add(waiting, WaitingKind.EligibilityReviews, (int)Math.Min(int.MaxValue, await reviews.CountAsync(HttpContext.RequestAborted)), "/admin/eligibility");
            // 成绩公示 (issue 19): results to publish and objections to answer; certificates wait on both.
            var closed = (await SittingQueries.ListAsync(User, grains)).Where(s => s.Status == "closed").Select(s => (s.Id, s.TrackKey, s.StartsAt, s.BatchId)).ToList();
            Add(waiting, WaitingKind.ResultsToPublish, (await publication.WaitingAsync(closed, HttpContext.RequestAborted)).Count, "/admin/publicity");
            Add(waiting, WaitingKind.OpenObjections, await objections.CountHoldingAsync(HttpContext.RequestAborted), "/admin/publicity#objections");
            // 发证 after 公示: how many certificates become issuable on which day (the day after each period's end).
            waiting.AddRange((await publication.EndingAsync(MaxPublicityEndings, HttpContext.RequestAborted))
                .Select(e => new WaitingWork(WaitingKind.CertificatesAfterPublicity, e.Candidates, "/admin/certificates/issue", e.EndsOn)));
        }

        if (IsAssessor)
        {
            var assignments = await PracticalScoring.AssignmentsAsync(User, grains);
            sittings.AddRange(assignments.Where(a => sittings.All(s => s.Id != a.SessionId)).Select(a => new DashboardSitting(
                a.SessionId, a.TrackKey, a.Component, a.Room, a.StartsAt, a.Status,
                a.Candidates.Count, a.Candidates.Count, "/assess",
                // The chief assessor runs a practical sitting's console (it names no proctor).
                a.Chief ? "/proctor/" + Uri.EscapeDataString(a.SessionId) : null)));
            Add(waiting, WaitingKind.SheetsToScore,
                assignments.Where(a => a.Status is "running" or "paused" or "closed").Sum(a => a.Candidates.Sum(c => c.Tasks.Count(t => !t.Signed))), "/assess");
            Add(waiting, WaitingKind.Adjudications, (await PracticalScoring.AdjudicationsAsync(User, grains)).Count, "/assess/adjudication");
        }

        Sittings = sittings
            .Where(s => ChinaTime.DateOf(s.StartsAt) >= today || s.Status is "checkin" or "running" or "paused")
            .OrderBy(s => s.StartsAt)
            .Take(MaxSittings)
            .ToList();
        Waiting = waiting;
    }

    private static void Add(List<WaitingWork> waiting, WaitingKind kind, int count, string href)
    {
        if (count > 0)
        {
            waiting.Add(new WaitingWork(kind, count, href));
        }
    }
}
