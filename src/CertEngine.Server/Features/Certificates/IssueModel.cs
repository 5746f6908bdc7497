using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts.Tracks;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// 发证 (<c>/admin/certificates/issue</c>): a track's enrolled candidates, who is ready to be certified and why the others
/// are not, issuing the ones ticked (a form post of up to <see cref="CertificateIssuance.MaxBatch"/>; with script, any number
/// in batches with a progress bar), and the downloads and hand-out sheet of the certificates issued.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class IssueModel(CertificateIssuance issuance, TrackDefinitions definitions, CertificateAuthority authority, IOptions<CertEngineOptions> server) : PageModel
{
    /// <summary>The verification address the certificates carry (their QR code and the line 本证书核验): <c>{base}/v</c>.</summary>
    public string VerifyBase => authority.PublicBaseUrl + "/v";

    /// <summary>Whether <c>--public-base-url</c> is set; if not, <see cref="VerifyBase"/> is where this server listens.</summary>
    public bool PublicAddressSet => !string.IsNullOrWhiteSpace(server.Value.PublicBaseUrl);

    /// <summary>The track shown.</summary>
    [BindProperty(SupportsGet = true), StringLength(CertificateDocumentApi.MaxKeyLength)]
    public string? Track { get; set; }

    /// <summary>The page of the board (from 1).</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The opened tracks to pick from.</summary>
    public IReadOnlyList<DefinedTrack> Tracks { get; private set; } = [];

    /// <summary>The board of the track, when one is picked and opened.</summary>
    public ReadinessBoard? Board { get; private set; }

    /// <summary>The outcomes of the last batch issued from this page.</summary>
    public IReadOnlyList<IssueLine> Outcomes { get; private set; } = [];

    /// <summary>A one-line message.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a problem.</summary>
    public bool Refused { get; private set; }

    /// <summary>Shows the board.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Issues the ticked candidates' certificates, one after another, and shows each outcome.</summary>
    public async Task<IActionResult> OnPostIssueAsync(string[]? ids, CancellationToken cancellationToken)
    {
        var chosen = (ids ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Track) || await issuance.TrackAsync(Track.Trim()) is null)
        {
            (Message, Refused) = (BilingualPages.Pick("请选择已开设的认定项目", "Pick an opened track"), true);
        }
        else if (chosen.Count == 0 || chosen.Count > CertificateIssuance.MaxBatch || chosen.Any(i => i.Trim().Length != Results.CandidateRowKeys.Length))
        {
            (Message, Refused) = (BilingualPages.Pick($"请勾选 1 至 {CertificateIssuance.MaxBatch} 名考生", $"Tick 1 to {CertificateIssuance.MaxBatch} candidates"), true);
        }
        else if (await issuance.ResolveAsync(Track.Trim(), chosen) is not { } idNumbers)
        {
            (Message, Refused) = (BilingualPages.Pick("名单已变化，请刷新页面后再发证", "The list changed: reload the page and issue again"), true);
        }
        else
        {
            Outcomes = await issuance.IssueAsync(Track.Trim(), idNumbers, User.Actor(), cancellationToken);
            var issued = Outcomes.Count(o => o.Outcome == IssueOutcome.Issued);
            (Message, Refused) = (BilingualPages.Pick($"已发证 {issued} 人，未发 {Outcomes.Count(o => !(o.Outcome is IssueOutcome.Issued or IssueOutcome.AlreadyIssued))} 人",
                $"Issued {issued}; not issued {Outcomes.Count(o => !(o.Outcome is IssueOutcome.Issued or IssueOutcome.AlreadyIssued))}"), false);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The reason a line is not ready, in the visitor's language.</summary>
    public static string Why(ReadinessLine line) => line.Reason is { } reason ? RefusalWords.For(reason, CultureInfo.CurrentUICulture) : line.Words ?? "";

    /// <summary>A link to this page for another board page.</summary>
    public string PageLink(int page) => $"/admin/certificates/issue?track={Uri.EscapeDataString(Track ?? "")}&p={page}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tracks = (await definitions.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).ToList();
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Track))
        {
            Track = Track.Trim();
            if (await issuance.TrackAsync(Track) is null)
            {
                (Message, Refused) = (BilingualPages.Pick($"认定项目 {Track} 未开设", $"Track {Track} is not opened"), true);
                return;
            }

            Board = await issuance.BoardAsync(Track, PageNumber, cancellationToken);
        }
    }

}
