using System.Security.Claims;
using System.Text.RegularExpressions;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Candidates;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// The candidate list, shared by the candidates page and <c>GET /api/candidates</c>: the record store's directory,
/// searched and paged (never by activating every candidate's grain), with ID numbers masked for roles that may not
/// read them whole. A search text that could be an admission ticket number also finds the ticket's holders.
/// </summary>
public sealed partial class CandidateDirectoryQueries(ICandidateDirectory directory, IGrainFactory grains)
{
    /// <summary>Whether <paramref name="user"/> may read ID numbers whole in lists (the system administrator); others see them masked.</summary>
    public static bool SeesWholeIdNumbers(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    /// <summary>The page <paramref name="request"/> asks for; call only when <see cref="CandidateListRequest.Problem"/> is null.</summary>
    public async Task<CandidateListPage> ListAsync(CandidateListRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (page, size) = (request.Page ?? 1, request.PageSize ?? CandidateListRequest.DefaultPageSize);
        var text = request.Q?.Trim() ?? "";
        var holders = await TicketHoldersAsync(text);
        var found = await directory.SearchAsync(new CandidateSearch(text, holders, string.IsNullOrWhiteSpace(request.Track) ? null : request.Track.Trim(), request.Stage,
            (long)(page - 1) * size, size, request.WithoutPhotoOnly), cancellationToken);
        var whole = SeesWholeIdNumbers(user);
        var entries = found.Candidates.Select(c => new CandidateListEntry(c.InternalId, c.Name, whole ? c.IdNumber : IdentityNumber.Mask(c.IdNumber), c.County, c.Tags,
            c.Phone, c.Stage.ToString().ToLowerInvariant(), c.At, c.HasPhoto)).ToList();
        return new CandidateListPage(entries, page, size, found.Total, (long)page * size < found.Total, !whole);
    }

    // One grain read for a text shaped like a ticket number (as typed and in capitals), never a scan of tickets.
    private async Task<IReadOnlyList<string>> TicketHoldersAsync(string text)
    {
        if (!TicketShape().IsMatch(text))
        {
            return [];
        }

        var holders = new List<string>();
        foreach (var key in new[] { text, text.ToUpperInvariant() }.Distinct(StringComparer.Ordinal))
        {
            holders.AddRange((await grains.GetGrain<IAdmissionTicketGrain>(key).GetAsync()).Select(t => t.IdNumber));
        }

        return holders.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{3,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TicketShape();
}
