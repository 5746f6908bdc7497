using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Staff;

/// <summary><c>/denied</c>: where a signed-in user lands on a page their role may not open; answered with 403.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    /// <summary>Shows the explanation with status 403.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
