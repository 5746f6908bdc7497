using CertEngine.Domain.Analytics;
using CertEngine.Server.Web.Charts;
using ScottPlot;

namespace CertEngine.Server.Features.Analytics;

/// <summary>
/// The item analysis charts (drawn on the server as PNG by <see cref="ChartImage"/>, each beside the table of the same
/// figures): the item map (p against the point-biserial), option shares per item, and the score distribution.
/// </summary>
public static class AnalysisCharts
{
    /// <summary>The most items the option-share chart draws (the flagged ones first).</summary>
    public const int MaxOptionItems = 20;

    /// <summary>Item map: one point per item answered, x = p, y = the corrected point-biserial; the flag bounds as lines.</summary>
    public static byte[] ItemMap(BankAnalysis analysis, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var plot = ChartImage.Create($"试题分布图 Item map · {analysis.BankCode} 第 {analysis.BankVersion} 版");
        var plotted = analysis.Items.Where(i => i.P is not null && i.PointBiserial is not null).ToList();
        var clean = plotted.Where(i => i.Flags.Count == 0).ToList();
        var flagged = plotted.Where(i => i.Flags.Count > 0).ToList();
        if (clean.Count > 0)
        {
            var points = plot.Add.ScatterPoints(clean.Select(i => i.P!.Value).ToArray(), clean.Select(i => i.PointBiserial!.Value).ToArray());
            points.LegendText = "未标记 not flagged";
        }

        if (flagged.Count > 0)
        {
            var points = plot.Add.ScatterPoints(flagged.Select(i => i.P!.Value).ToArray(), flagged.Select(i => i.PointBiserial!.Value).ToArray());
            points.Color = Colors.OrangeRed;
            points.LegendText = "已标记 flagged";
        }

        var bounds = analysis.Bounds;
        foreach (var x in new[] { bounds.TooHardBelow, bounds.TooEasyAbove })
        {
            plot.Add.VerticalLine(x, 1, Colors.Gray, LinePattern.Dashed);
        }

        plot.Add.HorizontalLine(bounds.LowDiscriminationBelow, 1, Colors.Gray, LinePattern.Dashed);
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Axes.SetLimits(0, 1, -1, 1);
        plot.XLabel("难度 p（答对率）facility");
        plot.YLabel("区分度 r（校正点二列）discrimination");
        plot.ShowLegend(Alignment.LowerLeft);
        return ChartImage.Png(plot, width, height);
    }

    /// <summary>The items the option-share chart draws: flagged first, then by p, at most <see cref="MaxOptionItems"/>.</summary>
    public static IReadOnlyList<ItemStatistics> OptionItems(BankAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Items.Where(i => i.Attempts > 0)
            .OrderByDescending(i => i.Flags.Count > 0).ThenBy(i => i.P).ThenBy(i => i.ItemId, StringComparer.Ordinal)
            .Take(MaxOptionItems).ToList();
    }

    /// <summary>Option shares per item: one horizontal stacked bar per item (key options in green, omissions in grey).</summary>
    public static byte[] OptionShares(BankAnalysis analysis, int width, int height)
    {
        var items = OptionItems(analysis);
        var plot = ChartImage.Create($"选项选择率 Option shares · {analysis.BankCode} 第 {analysis.BankVersion} 版");
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        for (var row = 0; row < items.Count; row++)
        {
            var item = items[row];
            var position = items.Count - 1 - row;
            var start = 0.0;
            var distractor = 0;
            foreach (var option in item.Options)
            {
                var color = option.IsKey ? Colors.SeaGreen : palette.GetColor(1 + distractor++ % 8);
                bars.Add(new Bar { Position = position, ValueBase = start, Value = start + option.Share, FillColor = color, Label = option.Share >= 0.08 ? option.Label : "" });
                start += option.Share;
            }

            if (item.Omitted is > 0 and var omitted)
            {
                bars.Add(new Bar { Position = position, ValueBase = start, Value = start + omitted, FillColor = Colors.LightGray });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.SetTicks(items.Select((_, row) => (double)(items.Count - 1 - row)).ToArray(), items.Select(i => i.ItemId).ToArray());
        plot.Axes.SetLimitsX(0, 1);
        plot.XLabel("选择率 share（绿色为正确选项 green: key；灰色为未答 grey: omitted）");
        return ChartImage.Png(plot, width, height);
    }

    /// <summary>The score distribution of one track's test: attempts per 10-point bar.</summary>
    public static byte[] ScoreDistribution(BankAnalysis analysis, TestStatistics test, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(test);
        var plot = ChartImage.Create($"成绩分布 Score distribution · {test.TrackKey}");
        var bars = test.Distribution.Select(b => new Bar { Position = b.From + TestAnalysis.BinWidth / 2, Value = b.Count, Size = TestAnalysis.BinWidth * 0.9 }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(test.Distribution.Select(b => b.From + TestAnalysis.BinWidth / 2).ToArray(), test.Distribution.Select(b => $"{b.From:0}–{b.To:0}").ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.XLabel("分数 score");
        plot.YLabel("人次 attempts");
        return ChartImage.Png(plot, width, height);
    }
}
