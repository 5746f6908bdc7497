using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// 成绩 (<c>/admin/results</c>): a sitting's results table (<c>?session=…</c>) or a track's (<c>?track=…</c>), with the
/// Excel export of each — the same tables as <see cref="ResultApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class ResultsModel(ResultTables tables, TrackDefinitions definitions) : PageModel
{
    /// <summary>The sitting shown.</summary>
    [BindProperty(SupportsGet = true), StringLength(ResultApi.MaxKeyLength)]
    public string? Session { get; set; }

    /// <summary>The track shown.</summary>
    [BindProperty(SupportsGet = true), StringLength(ResultApi.MaxKeyLength)]
    public string? Track { get; set; }

    /// <summary>The opened tracks to pick from.</summary>
    public IReadOnlyList<DefinedTrack> Tracks { get; private set; } = [];

    /// <summary>The sitting's table, when a sitting was asked for and found.</summary>
    public SittingResults? Sitting { get; private set; }

    /// <summary>The track's table, when a track was asked for and found.</summary>
    public TrackResults? TrackTable { get; private set; }

    /// <summary>What was not found, if anything.</summary>
    public string? NotFoundKey { get; private set; }

    /// <summary>Loads the table asked for.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tracks = (await definitions.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).ToList();
        if (!ModelState.IsValid)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(Session))
        {
            Sitting = await tables.SittingAsync(Session.Trim(), cancellationToken);
            NotFoundKey = Sitting is null ? Session : null;
        }
        else if (!string.IsNullOrWhiteSpace(Track))
        {
            TrackTable = await tables.TrackAsync(Track.Trim(), cancellationToken);
            NotFoundKey = TrackTable is null ? Track : null;
        }
    }
}
