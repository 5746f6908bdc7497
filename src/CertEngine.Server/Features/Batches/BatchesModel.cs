using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Batches;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Batches;

/// <summary>
/// 考试批次 (<c>/admin/batches</c>, Admin and CentreManager): a track's batches, latest first, and the form that creates one
/// (name, centre, first and last day). A batch's sittings are scheduled into it from the sittings page.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class BatchesModel(BatchDesk desk, TrackDefinitions definitions) : PageModel
{
    /// <summary>The track shown.</summary>
    [BindProperty(SupportsGet = true), StringLength(BatchApi.MaxKeyLength)]
    public string? Track { get; set; }

    /// <summary>The new batch's name, e.g. 2026年第12批.</summary>
    [BindProperty, Required(ErrorMessage = "请填写批次名称"), StringLength(200)]
    public string? Name { get; set; }

    /// <summary>The new batch's 考点.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考点"), StringLength(200)]
    public string? Centre { get; set; }

    /// <summary>The first exam day.</summary>
    [BindProperty, Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? FirstDay { get; set; }

    /// <summary>The last exam day (inclusive).</summary>
    [BindProperty, Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? LastDay { get; set; }

    /// <summary>The opened tracks.</summary>
    public IReadOnlyList<DefinedTrack> Tracks { get; private set; } = [];

    /// <summary>The track's batches, latest first.</summary>
    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    /// <summary>Shows the track's batches.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Creates the batch and opens its page; on a refusal shows the form again as typed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid || Tracks.All(t => t.Key != Track))
        {
            ModelState.AddModelError(nameof(Track), Tracks.Any(t => t.Key == Track) ? "" : "请选择已开通的认定项目 (choose an opened track)");
            return Page();
        }

        var (batch, reply) = await desk.CreateAsync(Track!, Name!, Centre!, FirstDay!.Value, LastDay!.Value, User.Actor(), cancellationToken);
        if (batch is null)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(reply));
            return Page();
        }

        return Redirect("/admin/batches/" + Uri.EscapeDataString(batch.BatchId));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tracks = (await definitions.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).ToList();
        Track = Tracks.FirstOrDefault(t => t.Key == Track?.Trim())?.Key ?? (Tracks.Count > 0 ? Tracks[0].Key : null);
        if (Track is not null)
        {
            Batches = await desk.ListAsync(Track, 1, cancellationToken);
        }
    }
}
