using CertEngine.Server.Features.Results;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Programme;

/// <summary>The programme report as an .xlsx workbook: one sheet per table of the page, the detail rows last.</summary>
public static class ProgrammeWorkbook
{
    /// <summary>The workbook's bytes.</summary>
    public static byte[] Save(ProgrammeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var components = report.Components.Select(c => c.Component).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["方案 Programmes"] = report.Programmes.Select(p => Figures(new Dictionary<string, object?>
            {
                ["方案 Programme"] = SpreadsheetText.Safe(p.Name),
                ["目标年份 Target years"] = p.Target is { } t ? $"{t.FromYear}–{t.Year}" : "",
                ["目标 Target"] = p.Target?.Target,
                ["目标期内持证 Certified in target years"] = p.Target?.Certified,
                ["完成率 Share"] = p.Target?.Share,
                ["示例目标 Example target"] = p.Target?.Example == true ? "是 yes" : "",
            }, p.Figures)).Append(Figures(new Dictionary<string, object?>
            {
                ["方案 Programme"] = "合计 Total",
                ["目标年份 Target years"] = "",
                ["目标 Target"] = null,
                ["目标期内持证 Certified in target years"] = null,
                ["完成率 Share"] = null,
                ["示例目标 Example target"] = "",
            }, report.Totals)).ToList(),
            ["职业等级 Occupations"] = Slices(report.Occupations, "职业 工种 等级 Occupation"),
            ["县区 Counties"] = Slices(report.Counties, "县区 County"),
            ["考点 Centres"] = Slices(report.Centres, "考点 Centre"),
            ["月份 Months"] = Slices(report.Months, "月份 Month"),
            ["明细 Detail"] = report.Rows.OrderBy(r => r.Programme, StringComparer.Ordinal).ThenBy(r => r.OccupationCode, StringComparer.Ordinal)
                .ThenBy(r => r.Level).ThenBy(r => r.County, StringComparer.Ordinal).ThenBy(r => r.Month).Select(r =>
                {
                    var row = Figures(new Dictionary<string, object?>
                    {
                        ["方案 Programme"] = r.Programme,
                        ["职业编码 Occupation code"] = SpreadsheetText.Safe(r.OccupationCode),
                        ["职业 Occupation"] = SpreadsheetText.Safe(r.Occupation),
                        ["工种 Work type"] = SpreadsheetText.Safe(r.WorkType),
                        ["等级 Level"] = ProgrammeReports.LevelName(r.Level),
                        ["县区 County"] = SpreadsheetText.Safe(r.County),
                        ["考点 Centre"] = SpreadsheetText.Safe(r.Centre),
                        ["月份 Month"] = r.Month,
                    }, r.Figures);
                    foreach (var component in components)
                    {
                        var words = ResultWords.Component(component);
                        var rate = r.Components.FirstOrDefault(c => c.Component == component);
                        row[$"{words.Chinese}参考 {words.English} sat"] = rate?.Sat ?? 0;
                        row[$"{words.Chinese}合格 {words.English} passed"] = rate?.Passed ?? 0;
                    }

                    return row;
                }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Slices(IReadOnlyList<ProgrammeSlice> slices, string header) =>
        slices.Select(s => Figures(new Dictionary<string, object?> { [header] = SpreadsheetText.Safe(s.Label) }, s.Figures)).ToList();

    private static Dictionary<string, object?> Figures(Dictionary<string, object?> row, ProgrammeFigures figures)
    {
        row["报名 Registered"] = figures.Registered;
        row["参加考核 Assessed"] = figures.Assessed;
        row["合格 Passed"] = figures.Passed;
        row["合格率 Pass rate"] = figures.PassRate;
        row["发证 Certified"] = figures.Certified;
        row["补贴申领 Claims"] = figures.Claims;
        row["补贴金额(元) Claimed (yuan)"] = figures.ClaimedYuan;
        return row;
    }
}
