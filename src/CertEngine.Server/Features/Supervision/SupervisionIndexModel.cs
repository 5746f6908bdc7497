using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Supervision;

/// <summary><c>/supervision</c>: the 督导员's own sittings, latest first, each with whether its supervision record is signed.</summary>
[Authorize(Policy = AccessPolicies.Supervisor)]
public sealed class SupervisionIndexModel(IGrainFactory grains, SupervisionDesk desk) : PageModel
{
    /// <summary>The sittings naming the supervisor.</summary>
    public IReadOnlyList<SupervisedSitting> Sittings { get; private set; } = [];

    /// <summary>Reads the list.</summary>
    public async Task OnGetAsync() => Sittings = await SupervisionApi.ListFor(User, grains, desk, HttpContext.RequestAborted);
}
