using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// 一人多证核查 (<c>/admin/exports/near-duplicates</c>): certificates of one person, occupation and level that differ only
/// in 工种, and ID numbers stored under two spellings of a name, for a manager to check — the same list as
/// <c>GET /api/certificates/near-duplicates</c>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class NearDuplicatesModel(IExportRecords records) : PageModel
{
    /// <summary>The pairs found.</summary>
    public IReadOnlyList<NearDuplicate> Pairs { get; private set; } = [];

    /// <summary>Loads the pairs.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pairs = await records.NearDuplicatesAsync(IExportRecords.MaxPairs, cancellationToken);
}
