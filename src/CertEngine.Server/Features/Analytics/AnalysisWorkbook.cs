using System.Globalization;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Analytics;

/// <summary>The item analysis as an Excel workbook (MiniExcel): a sheet of items, one of tests, one of the bounds.</summary>
public static class AnalysisWorkbook
{
    /// <summary>Writes the workbook of <paramref name="analysis"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, BankAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var marks = analysis.Marks.ToDictionary(m => m.ItemId, StringComparer.Ordinal);
        var items = analysis.Items.Select(i => new Dictionary<string, object?>
        {
            ["试题 item_id"] = Text(i.ItemId),
            ["版本 version"] = i.Version,
            ["作答 attempts"] = i.Attempts,
            ["难度 p"] = i.P,
            ["区分度 point_biserial"] = i.PointBiserial,
            ["高低分组 upper_lower"] = i.UpperLower,
            ["未答 omitted"] = i.Omitted,
            ["平均用时（秒） mean_seconds"] = i.MeanSeconds,
            ["曝光 exposure"] = i.Exposure,
            ["曝光率 exposure_rate"] = i.ExposureRate,
            ["选项 options"] = Text(string.Join("; ", i.Options.Select(o => $"{o.Label}{(o.IsKey ? "*" : "")} {Number(o.Share)}"))),
            ["标记 flags"] = Text(string.Join("; ", i.Flags.Select(f => $"{f.Code}{(f.Option is null ? "" : " " + f.Option)} {Number(f.Value)} / {Number(f.Bound)}"))),
            ["作者标记 mark"] = marks.TryGetValue(i.ItemId, out var mark) ? Text($"{mark.Mark}: {mark.Reason} ({mark.Actor})") : null,
        }).ToList();
        var tests = analysis.Tests.Select(t => new Dictionary<string, object?>
        {
            ["认定项目 track"] = Text(t.TrackKey),
            ["人次 attempts"] = t.Attempts,
            ["平均分 mean"] = t.Mean,
            ["标准差 sd"] = t.StandardDeviation,
            ["信度 alpha"] = t.Alpha,
            ["测量标准误 sem"] = t.StandardError,
            ["每卷题数 k"] = t.ItemsPerPaper,
            ["最低分 min"] = t.Minimum,
            ["最高分 max"] = t.Maximum,
            ["分布 distribution"] = Text(string.Join("; ", t.Distribution.Select(b => $"{b.From:0}-{b.To:0}: {b.Count}"))),
        }).ToList();
        var bounds = analysis.Bounds;
        var sheets = new Dictionary<string, object>
        {
            ["试题 Items"] = items,
            ["试卷 Tests"] = tests.Count > 0 ? tests : [new Dictionary<string, object?> { ["认定项目 track"] = "无作答 no attempts" }],
            ["界限 Bounds"] = new List<Dictionary<string, object?>>
            {
                new() { ["界限 bound"] = "min-attempts", ["值 value"] = (double)bounds.MinAttempts },
                new() { ["界限 bound"] = "too-easy-above", ["值 value"] = bounds.TooEasyAbove },
                new() { ["界限 bound"] = "too-hard-below", ["值 value"] = bounds.TooHardBelow },
                new() { ["界限 bound"] = "low-discrimination-below", ["值 value"] = bounds.LowDiscriminationBelow },
                new() { ["界限 bound"] = "unchosen-distractor-at-most", ["值 value"] = bounds.UnchosenDistractorAtMost },
            },
        };
        stream.SaveAs(sheets);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    // A spreadsheet runs text starting with = + - @ (or a tab or CR) as a formula: a leading ' keeps it text.
    private static string Text(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
