using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// <c>/proctor/{sessionId}</c>: one sitting's console. The page carries the sitting as it was when opened; the access code,
/// the phase and the roster then refresh live from the JSON API (<c>wwwroot/js/proctor.js</c>), and every action posts to it.
/// </summary>
[Authorize(Policy = AccessPolicies.Proctor)]
public sealed class ConsoleModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>Reads the sitting; 404 when it does not exist or is not the proctor's.</summary>
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
