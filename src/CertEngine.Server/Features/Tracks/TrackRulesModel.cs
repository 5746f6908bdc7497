using CertEngine.Contracts.Banks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// 编辑认定规则: one code's tracks file as text, checked (problems by line, or the tracks it defines beside the current
/// ones) and published as the code's next rules version with a note; the versions published so far, each viewable.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class TrackRulesModel(TrackRulesWorkshop workshop) : PageModel
{
    /// <summary>The occupation or 专项 code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>A version to show read-only (0 = the shipped file); null to show none.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary>The version just published, to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Published { get; set; }

    /// <summary>The text being edited.</summary>
    [BindProperty]
    public string? Yaml { get; set; }

    /// <summary>Why the rules change (required to publish).</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The code's rules: versions and the text to start from.</summary>
    public RulesView? Rules { get; private set; }

    /// <summary>The text of <see cref="Version"/>, when asked for and found.</summary>
    public string? VersionText { get; private set; }

    /// <summary>The check of the edited text, after 检查 or a refused publication.</summary>
    public RulesPreview? Preview { get; private set; }

    /// <summary>Why the last publication was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The problems that refused it.</summary>
    public IReadOnlyList<BankProblemInfo> RefusalProblems { get; private set; } = [];

    /// <summary>Shows the editor with the newest text (or the shipped file, or a skeleton), and a version when asked.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        Yaml = Rules!.Text;
        return Page();
    }

    /// <summary>Checks the edited text; publishes nothing.</summary>
    public async Task<IActionResult> OnPostValidateAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        Preview = await workshop.CheckAsync(Code!, Yaml ?? "");
        return Page();
    }

    /// <summary>Publishes the edited text as the next version; back here with the new version on success, the problems otherwise.</summary>
    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var reply = await workshop.PublishAsync(Code!, Yaml ?? "", Note ?? "", User.Actor());
        if (reply.Version is { } version)
        {
            return RedirectToPage("/Tracks/TrackRules", new { code = Code, published = version.Version });
        }

        Refusal = reply.Reason is { } reason ? RefusalWords.Bilingual(reason) : null;
        RefusalProblems = reply.Problems;
        if (reply.Problems.Count > 0)
        {
            Preview = await workshop.CheckAsync(Code!, Yaml ?? "");
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Rules = await workshop.FindAsync(Code);
        if (Rules is null)
        {
            return NotFound();
        }

        if (Version is { } version)
        {
            VersionText = await workshop.TextAsync(Code, version);
        }

        return null;
    }
}
