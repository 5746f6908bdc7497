using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Domain;
using CertEngine.Domain.Programmes;
using CertEngine.Server.Features.Programme;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Subsidies;

/// <summary>
/// 培训补贴 (<c>/admin/subsidies</c>): a year's qualifying certificates per county and month of issue, a page of them with
/// each claim's state and the form that moves it (submitted, paid, refused with the reason, back to draft), and the Excel
/// export. The same list as <see cref="SubsidyApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class SubsidiesModel(SubsidyList list, ProgrammeCatalogue catalogue, TimeProvider clock) : PageModel
{
    /// <summary>The year of issue (this year in China when not given).</summary>
    [BindProperty(SupportsGet = true), Range(ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear)]
    public int? Year { get; set; }

    /// <summary>Only this county.</summary>
    [BindProperty(SupportsGet = true), StringLength(40)]
    public string? County { get; set; }

    /// <summary>Only this month of issue.</summary>
    [BindProperty(SupportsGet = true), Range(0, 12)]
    public int? Month { get; set; }

    /// <summary>Only this claim state.</summary>
    [BindProperty(SupportsGet = true), StringLength(20)]
    public string? State { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The list, when the filters are valid.</summary>
    public SubsidyListing? Listing { get; private set; }

    /// <summary>The counties to pick from.</summary>
    public IReadOnlyList<string> Counties => catalogue.Data.Subsidies.Counties;

    /// <summary>What the last change did.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>The query string of the filters shown.</summary>
    public string Query => string.Join("&", new[]
    {
        "year=" + (Year ?? 0).ToString(CultureInfo.InvariantCulture),
        County is { Length: > 0 } c ? "county=" + Uri.EscapeDataString(c) : null,
        Month is > 0 and var m ? "month=" + m.ToString(CultureInfo.InvariantCulture) : null,
        State is { Length: > 0 } s ? "state=" + Uri.EscapeDataString(s) : null,
    }.Where(s => s is not null));

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Moves one claim; the list is shown again with the outcome (a refusal changes nothing).</summary>
    public async Task<IActionResult> OnPostChangeAsync(string? number, int? version, string? to, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > SubsidyApi.MaxNumberLength || version is null or < 0 || SubsidyClaimRules.Parse(to) is not { } state
            || reason?.Length > SubsidyClaimRules.MaxReasonLength)
        {
            (Message, Refused) = (BilingualPages.Pick("请求内容有误", "The request is not valid"), true);
        }
        else if (await list.ChangeAsync(number.Trim(), version.Value, state, reason ?? "", User.Actor(), cancellationToken) is { } refusal)
        {
            (Message, Refused) = (RefusalWords.For(refusal, CultureInfo.CurrentUICulture), true);
        }
        else
        {
            (Message, Refused) = (BilingualPages.Pick($"证书 {number} 的申领已改为“{SubsidyWords.State(SubsidyClaimRules.Name(state)).Chinese}”",
                $"The claim of certificate {number} is now {SubsidyWords.State(SubsidyClaimRules.Name(state)).English.ToLowerInvariant()}"), false);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The link to another page of the list.</summary>
    public string PageLink(int page) => $"/admin/subsidies?{Query}&p={page}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year ??= ChinaTime.Today(clock).Year;
        if (!ModelState.IsValid || (!string.IsNullOrWhiteSpace(State) && SubsidyClaimRules.Parse(State) is null))
        {
            return;
        }

        var query = list.Query(Year.Value, County?.Trim() ?? "", Month ?? 0, State?.Trim().ToLowerInvariant() ?? "");
        Listing = await list.ListAsync(query, PageNumber, SubsidyList.DefaultPageSize, cancellationToken);
    }

}
