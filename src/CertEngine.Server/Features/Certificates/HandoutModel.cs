using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CertEngine.Server.Web.Auth;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// 证书发放签收表 (<c>/admin/certificates/handout?track=…</c> or <c>?session=…</c>): the valid certificates of a track or a
/// sitting, one line each with number, name, masked ID number and empty signature and date columns, to print and sign
/// as the certificates are handed out.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class HandoutModel(CertificateDocuments documents) : PageModel
{
    /// <summary>The track.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateDocumentApi.MaxKeyLength)]
    public string? Track { get; set; }

    /// <summary>The sitting.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateDocumentApi.MaxKeyLength)]
    public string? Session { get; set; }

    /// <summary>The certificates to hand out.</summary>
    public CertificateBatch? Batch { get; private set; }

    /// <summary>Loads the batch; 400 without exactly one of track or sitting, 404 for an unknown sitting.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var byTrack = !string.IsNullOrWhiteSpace(Track);
        if (!ModelState.IsValid || byTrack == !string.IsNullOrWhiteSpace(Session))
        {
            return BadRequest();
        }

        Batch = byTrack ? await documents.OfTrackAsync(Track!.Trim(), cancellationToken) : await documents.OfSittingAsync(Session!.Trim(), cancellationToken);
        return Batch is null ? NotFound() : Page();
    }
}
