using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain;
using CertEngine.Domain.Programmes;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Programme;

/// <summary>
/// 太行家政方案进度 (<c>/admin/reports/programme</c>): the programme report for a year — tables beside the server's charts,
/// the Excel export — and, for an Admin, the form that enters a target. The same figures as <see cref="ProgrammeApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Reports)]
public sealed class ProgrammeModel(ProgrammeReports reports, ProgrammeCatalogue catalogue, TimeProvider clock) : PageModel
{
    /// <summary>The year shown (this year in China when not given).</summary>
    [BindProperty(SupportsGet = true), Range(ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear)]
    public int? Year { get; set; }

    /// <summary>Only this programme.</summary>
    [BindProperty(SupportsGet = true), StringLength(ProgrammeFilter.MaxLength)]
    public string? Programme { get; set; }

    /// <summary>Only this county.</summary>
    [BindProperty(SupportsGet = true), StringLength(ProgrammeFilter.MaxLength)]
    public string? County { get; set; }

    /// <summary>Only this exam centre.</summary>
    [BindProperty(SupportsGet = true), StringLength(ProgrammeFilter.MaxLength)]
    public string? Centre { get; set; }

    /// <summary>Only this month.</summary>
    [BindProperty(SupportsGet = true), Range(0, 12)]
    public int? Month { get; set; }

    /// <summary>The report, when the filters are valid.</summary>
    public ProgrammeReport? Report { get; private set; }

    /// <summary>The programmes to pick from.</summary>
    public IReadOnlyList<ProgrammeDefinition> Programmes => catalogue.Data.Map.Programmes;

    /// <summary>The subsidy city's counties to pick from.</summary>
    public IReadOnlyList<string> Counties => catalogue.Data.Subsidies.Counties;

    /// <summary>What the last target form did.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Whether the signed-in user manages subsidies (the authority reads the report only).</summary>
    public bool SeesSubsidies => User.IsInRole(StaffRoles.Admin) || User.IsInRole(StaffRoles.CentreManager);

    /// <summary>Whether the signed-in user may enter targets.</summary>
    public bool CanEnterTargets => User.IsInRole(StaffRoles.Admin);

    /// <summary>The query string of the filters shown, for the export and chart links.</summary>
    public string Query => string.Join("&", new[]
    {
        "year=" + (Year ?? 0).ToString(CultureInfo.InvariantCulture),
        Programme is { Length: > 0 } p ? "programme=" + Uri.EscapeDataString(p) : null,
        County is { Length: > 0 } c ? "county=" + Uri.EscapeDataString(c) : null,
        Centre is { Length: > 0 } e ? "centre=" + Uri.EscapeDataString(e) : null,
        Month is > 0 and var m ? "month=" + m.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(s => s is not null));

    /// <summary>Builds the report.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= ChinaTime.Today(clock).Year;
        if (ModelState.IsValid)
        {
            Report = await reports.BuildAsync(Year.Value, Filter(), cancellationToken);
        }
    }

    /// <summary>Enters a target (Admin only); the report is shown again with the outcome.</summary>
    public async Task<IActionResult> OnPostTargetAsync(string? targetProgramme, int? targetYear, int? targetFrom, int? targetCount, CancellationToken cancellationToken)
    {
        if (!CanEnterTargets)
        {
            return Forbid();
        }

        if (targetYear is null || targetCount is null || string.IsNullOrWhiteSpace(targetProgramme) || targetProgramme.Length > ProgrammeFilter.MaxLength)
        {
            (Message, Refused) = (BilingualPages.Pick("请填写方案、年份和目标人数", "Give the programme, the year and the target"), true);
        }
        else if (await reports.SaveTargetAsync(new ProgrammeTarget(targetProgramme.Trim(), targetYear.Value, targetFrom ?? targetYear.Value, targetCount.Value), User.Actor(), cancellationToken) is { } refusal)
        {
            (Message, Refused) = (RefusalWords.For(refusal, CultureInfo.CurrentUICulture), true);
        }
        else
        {
            (Message, Refused) = (BilingualPages.Pick("目标已保存", "Target saved"), false);
        }

        ModelState.Clear();
        Year ??= targetYear ?? ChinaTime.Today(clock).Year;
        Report = await reports.BuildAsync(Year.Value, Filter(), cancellationToken);
        return Page();
    }

    /// <summary>A fraction as a percentage, or a dash.</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    private ProgrammeFilter Filter() => new(Programme?.Trim() ?? "", County?.Trim() ?? "", Centre?.Trim() ?? "", Month ?? 0);

}
