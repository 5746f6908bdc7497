using CertEngine.Domain.Analytics;
using CertEngine.Server.Features.Banks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Analytics;

/// <summary>
/// 试题分析 page under the bank page: the test statistics per track with the score distribution, the item map, the flagged
/// items with their numbers, the option shares, and the form an author marks an item with — the same
/// <see cref="ItemAnalyst"/> as <see cref="AnalyticsApi"/>.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class BankAnalysisModel(ItemAnalyst analyst) : PageModel
{
    /// <summary>The bank code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The version analysed.</summary>
    [BindProperty(SupportsGet = true)]
    public int Version { get; set; }

    /// <summary>The item just marked, after a mark.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Marked { get; set; }

    /// <summary>The analysis; null when the version is not published.</summary>
    public BankAnalysis? Analysis { get; private set; }

    /// <summary>Why the last mark was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Shows the analysis.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!BankWorkshop.IsBankCode(Code))
        {
            return NotFound();
        }

        Analysis = await analyst.AnalyseAsync(Code!, Version, cancellationToken);
        return Analysis is null ? NotFound() : Page();
    }

    /// <summary>Marks an item for revision or retirement (or clears its mark); back to the page.</summary>
    public async Task<IActionResult> OnPostMarkAsync(string? itemId, string? mark, string? reason, CancellationToken cancellationToken)
    {
        if (!BankWorkshop.IsBankCode(Code))
        {
            return NotFound();
        }

        var refusal = await analyst.MarkAsync(Code!, Version, itemId ?? "", new ItemMarkRequest(mark, reason), User.Actor(), cancellationToken);
        if (refusal is null)
        {
            return RedirectToPage("/Analytics/BankAnalysis", null, new { code = Code, version = Version, marked = itemId }, "flagged");
        }

        Refusal = RefusalWords.Bilingual(refusal);
        Analysis = await analyst.AnalyseAsync(Code!, Version, cancellationToken);
        return Analysis is null ? NotFound() : Page();
    }

    /// <summary>The words of a flag, Chinese and English, with its numbers.</summary>
    public static (string Chinese, string English) Words(ItemFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var value = Number(flag.Value);
        var bound = Number(flag.Bound);
        return flag.Code switch
        {
            ItemFlagCodes.TooEasy => ($"太易：p = {value} > {bound}", $"too easy: p = {value} > {bound}"),
            ItemFlagCodes.TooHard => ($"太难：p = {value} < {bound}", $"too hard: p = {value} < {bound}"),
            ItemFlagCodes.NegativeDiscrimination => ($"负区分度：r = {value} < 0", $"negative discrimination: r = {value} < 0"),
            ItemFlagCodes.LowDiscrimination => ($"区分度低：r = {value} < {bound}", $"low discrimination: r = {value} < {bound}"),
            ItemFlagCodes.DistractorUnchosen => ($"干扰项 {flag.Option} 几乎无人选：{Percent(flag.Value)} ≤ {Percent(flag.Bound)}",
                $"distractor {flag.Option} chosen by almost nobody: {Percent(flag.Value)} ≤ {Percent(flag.Bound)}"),
            ItemFlagCodes.DistractorBeatsKey => ($"高分组选干扰项 {flag.Option} 多于正确选项：{Percent(flag.Value)} > {Percent(flag.Bound)}",
                $"the upper group chose distractor {flag.Option} more than the key: {Percent(flag.Value)} > {Percent(flag.Bound)}"),
            _ => (flag.Code, flag.Code),
        };
    }

    /// <summary>A number with three decimals, or a dash.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>A mean time in whole seconds, or a dash where no answer was timed.</summary>
    public static string Seconds(double? value) => value is { } v ? v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>A share as a percentage with one decimal, or a dash.</summary>
    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
