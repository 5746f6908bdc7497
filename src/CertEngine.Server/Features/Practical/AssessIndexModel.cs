using CertEngine.Contracts.Accounts;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// <c>/assess</c>: the practical tasks assigned to the signed-in assessor, by sitting, ticket and station (blind: no names).
/// Each sitting says who runs it: the chief assessor (考评组长) gets a link to its console, the others the chief's name.
/// </summary>
[Authorize(Policy = AccessPolicies.Assessor)]
public sealed class AssessIndexModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sittings naming the assessor, with the candidates and tasks.</summary>
    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];

    /// <summary>The display name of each sitting's chief assessor by user name (the user name itself for an account not found).</summary>
    public IReadOnlyDictionary<string, string> ChiefNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Reads the assignments and the names of the chiefs who run them.</summary>
    public async Task OnGetAsync()
    {
        Assignments = await PracticalScoring.AssignmentsAsync(User, grains);
        var chiefs = Assignments.Where(a => !a.Chief).Select(a => a.ChiefAssessor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var accounts = await Task.WhenAll(chiefs.Select(c => grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(c)).GetAsync()));
        ChiefNames = chiefs.Zip(accounts, (c, a) => (c, Name: a?.DisplayName is { Length: > 0 } name ? name : c))
            .ToDictionary(x => x.c, x => x.Name, StringComparer.OrdinalIgnoreCase);
    }
}
