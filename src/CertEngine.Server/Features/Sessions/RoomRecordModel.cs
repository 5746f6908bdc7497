using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// <c>/proctor/{sessionId}/record</c>: the printable room record (考场记录) — the sitting, who came and who did not, and
/// every event of its audit trail in order (opening, start, pauses with reasons, extra time, identity mismatches,
/// 缺考, each misconduct step with its reason, close), for the proctors to sign.
/// </summary>
[Authorize(Policy = AccessPolicies.Proctor)]
public sealed class RoomRecordModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>The roster with check-in and absence.</summary>
    public IReadOnlyList<RosterLine> Roster { get; private set; } = [];

    /// <summary>The sitting's trail, oldest first.</summary>
    public IReadOnlyList<AuditRecord> Events { get; private set; } = [];

    /// <summary>Reads the sitting, its roster and its trail; 404 when the sitting is not the proctor's.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId)
    {
        if (await SittingQueries.RunnableAsync(sessionId, HttpContext, grains) is not { } session)
        {
            return NotFound();
        }

        Sitting = SittingQueries.ViewOf(session);
        Roster = (await grains.GetGrain<IExamSessionGrain>(session.Id).GetRosterAsync()).OrderBy(l => l.Seat).ToList();
        Events = (await grains.GetGrain<IAuditTrailGrain>("session/" + session.Id).GetAsync()).OrderBy(e => e.At).ToList();
        return Page();
    }
}
