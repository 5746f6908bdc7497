using CertEngine.Domain;
using CertEngine.Domain.Raters;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Raters;

/// <summary>
/// 考评员评分一致性 (<c>/admin/raters</c>): the rater statistics of a period as a table, flagged assessors first with why,
/// each task's ICC, and the severity/leniency chart — the same figures as <c>GET /api/analytics/raters</c>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class RatersModel(RaterAnalysis analysis, TimeProvider clock) : PageModel
{
    /// <summary>The first Beijing date asked for (<c>yyyy-MM-dd</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last Beijing date asked for (<c>yyyy-MM-dd</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The period shown.</summary>
    public RaterPeriod? Period { get; private set; }

    /// <summary>The figures, when the period could be analysed.</summary>
    public RaterReport? Report { get; private set; }

    /// <summary>Why nothing is shown, in words.</summary>
    public string? Problem { get; private set; }

    /// <summary>Analyses the period asked for.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (period, problem) = RaterPeriod.Parse(From, To, ChinaTime.Today(clock));
        Period = period;
        if (period is null)
        {
            Problem = problem!.Value.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Report = await analysis.AnalyseAsync(period.From, period.To, cancellationToken);
        if (Report is null)
        {
            Problem = $"这段时间的评分记录超过 {RaterAnalysis.MaxSheets:N0} 份，请缩短时间段 (more than {RaterAnalysis.MaxSheets:N0} sheets: choose a shorter period)";
        }
    }
}
