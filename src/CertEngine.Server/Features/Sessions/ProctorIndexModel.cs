using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary><c>/proctor</c>: the sittings the signed-in proctor is named on (Admin and CentreManager: every sitting), latest first.</summary>
[Authorize(Policy = AccessPolicies.Proctor)]
public sealed class ProctorIndexModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sittings listed.</summary>
    public IReadOnlyList<SessionView> Sittings { get; private set; } = [];

    /// <summary>Reads the list.</summary>
    public async Task OnGetAsync() => Sittings = await SittingQueries.ListAsync(User, grains);
}
