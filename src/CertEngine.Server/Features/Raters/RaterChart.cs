using CertEngine.Domain.Raters;
using CertEngine.Server.Web.Charts;
using ScottPlot;

namespace CertEngine.Server.Features.Raters;

/// <summary>
/// Each assessor's mean deviation from the other members of their panels, as bars (below 0 severe, above 0 lenient),
/// with the flag bound drawn on both sides: the chart the chief assessor looks at beside the table.
/// </summary>
public static class RaterChart
{
    /// <summary>The most assessors drawn (the flagged ones first, as the report orders them).</summary>
    public const int MaxBars = 40;

    /// <summary>The chart as PNG.</summary>
    public static byte[] Png(RaterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shown = report.Assessors.Where(a => a.MeanDeviation is not null).Take(MaxBars).ToList();
        var plot = ChartImage.Create("评分宽严（与同组其他考评员平均分之差） Severity and leniency");
        var bars = shown.Select((a, i) => new Bar
        {
            Position = i,
            Value = (double)a.MeanDeviation!.Value,
            FillColor = a.Flags.Count > 0 ? Colors.OrangeRed : Colors.SteelBlue,
        }).ToList();
        plot.Add.Bars(bars);
        var bound = (double)report.Bounds.MaxMeanDeviation;
        plot.Add.HorizontalLine(bound, 1, Colors.Gray, LinePattern.Dashed);
        plot.Add.HorizontalLine(-bound, 1, Colors.Gray, LinePattern.Dashed);
        plot.Axes.Bottom.SetTicks([.. shown.Select((_, i) => (double)i)], [.. shown.Select(a => a.Assessor)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = shown.Count > 6 ? 45 : 0;
        plot.Axes.Left.Label.Text = "分 points";
        return ChartImage.Png(plot, Math.Max(480, 60 * shown.Count), 360);
    }
}
