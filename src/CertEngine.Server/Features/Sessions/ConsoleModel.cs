using CertEngine.Contracts.Accounts;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// <c>/proctor/{sessionId}</c>: one sitting's console. The page carries the sitting as it was when opened; the access code,
/// the phase and the roster then refresh live from the JSON API (<c>wwwroot/js/proctor.js</c>), and every action posts to it.
/// A practical (or review) sitting names no proctor: its chief assessor (考评组长) runs it here, as managers may.
/// </summary>
[Authorize(Policy = AccessPolicies.Console)]
public sealed class ConsoleModel(IGrainFactory grains, TimeProvider clock) : PageModel
{
    /// <summary>The server's time when the page was drawn: the console compares the scheduled start with it, not with the device's clock.</summary>
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>The scheduled start as the early-start question names it: Beijing <c>HH:mm</c>, with the date when it is not today.</summary>
    public string StartsAtText => Sitting is null ? "" : ProctorText.StartTime(Sitting.StartsAt, Now);

    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>A practical or review sitting: no access code (its candidates never sign in), scoring instead of answers.</summary>
    public bool Practical => Sitting is { Component: not "theory" };

    /// <summary>Whether the user opens the proctors' pages (the list of sittings, the printouts), not only this console as its chief assessor.</summary>
    public bool Proctors => User.IsInRole(StaffRoles.Admin) || User.IsInRole(StaffRoles.CentreManager) || User.IsInRole(StaffRoles.Proctor);

    /// <summary>Reads the sitting; 404 when it does not exist or is not the user's to run.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId)
    {
        if (await SittingQueries.RunnableAsync(sessionId, HttpContext, grains) is not { } session)
        {
            return NotFound();
        }

        Sitting = SittingQueries.ViewOf(session);
        return Page();
    }
}
