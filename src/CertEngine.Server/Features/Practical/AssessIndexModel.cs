using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Practical;

/// <summary><c>/assess</c>: the practical tasks assigned to the signed-in assessor, by sitting, ticket and station (blind: no names).</summary>
[Authorize(Policy = AccessPolicies.Assessor)]
public sealed class AssessIndexModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sittings naming the assessor, with the candidates and tasks.</summary>
    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];

    /// <summary>Reads the assignments.</summary>
    public async Task OnGetAsync() => Assignments = await PracticalScoring.AssignmentsAsync(User, grains);
}
