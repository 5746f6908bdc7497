using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// 认定项目: every track the tracks data defines, with its state, components, 申报条件 and staffing policy; opens a track
/// on a published bank version or moves it to a newer one (the track grain refuses an older one, and says why), and
/// pins it to a newer version of its code's track rules.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class TracksModel(TrackDefinitions definitions, IGrainFactory grains) : PageModel
{
    /// <summary>The tracks and the problems that kept any from being listed.</summary>
    public CatalogueView Catalogue { get; private set; } = new([], [], []);

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>The track the last action was about, to mark its card.</summary>
    public string? ActedOn { get; private set; }

    /// <summary>Lists the tracks.</summary>
    public async Task OnGetAsync() => Catalogue = await definitions.ListAsync();

    /// <summary>Opens <paramref name="key"/> on bank version <paramref name="version"/>, or moves it there.</summary>
    public async Task<IActionResult> OnPostOpenAsync(string? key, int version)
    {
        ActedOn = key;
        var reply = string.IsNullOrWhiteSpace(key) || key.Length > 80 || version < 1
            ? CommandReply.Refuse(BilingualPages.Pick("请选择认定项目和题库版本", "Choose a track and a bank version"))
            : await grains.GetGrain<ICertificationTrackGrain>(key.Trim()).OpenAsync(version, User.Actor());
        (Message, Refused) = reply.Accepted
            ? (BilingualPages.Pick($"已开通 {key}，使用题库第 {version} 版", $"{key} opened on bank version {version}"), false)
            : (RefusalWords.In(reply, Language), true);
        await OnGetAsync();
        return Page();
    }

    /// <summary>Pins <paramref name="key"/> to track rules version <paramref name="version"/> of its code.</summary>
    public async Task<IActionResult> OnPostAdoptRulesAsync(string? key, int version)
    {
        ActedOn = key;
        var reply = string.IsNullOrWhiteSpace(key) || key.Length > 80 || version < 0
            ? CommandReply.Refuse(BilingualPages.Pick("请选择认定项目和规则版本", "Choose a track and a rules version"))
            : await grains.GetGrain<ICertificationTrackGrain>(key.Trim()).AdoptRulesAsync(version, User.Actor());
        (Message, Refused) = reply.Accepted
            ? (BilingualPages.Pick($"{key} 已采用第 {version} 版认定规则", $"{key} now uses track rules version {version}"), false)
            : (RefusalWords.In(reply, Language), true);
        await OnGetAsync();
        return Page();
    }

    // The page shows one language: the visitor's (Chinese unless they chose English).
    private static string Language => BilingualPages.IsEnglish ? BilingualPages.English : BilingualPages.Chinese;

}
