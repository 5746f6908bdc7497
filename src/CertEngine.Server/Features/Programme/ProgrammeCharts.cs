using CertEngine.Server.Features.Results;
using CertEngine.Server.Web.Charts;
using ScottPlot;

namespace CertEngine.Server.Features.Programme;

/// <summary>
/// The report's charts, drawn from the same <see cref="ProgrammeReport"/> as its tables (PNG, <see cref="ChartImage"/>):
/// certified against the target per programme, the monthly trend, and pass rates per programme and component.
/// </summary>
public static class ProgrammeCharts
{
    /// <summary>The chart names served at <c>/api/reports/programme/charts/{name}.png</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["targets", "monthly", "pass-rates"];

    /// <summary>The named chart, or null for an unknown name.</summary>
    public static Plot? Draw(string name, ProgrammeReport report) => name switch
    {
        "targets" => Targets(report),
        "monthly" => Monthly(report),
        "pass-rates" => PassRates(report),
        _ => null,
    };

    /// <summary>Certified (over each target's years) against the target, per programme.</summary>
    public static Plot Targets(ProgrammeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = ChartImage.Create($"{report.Year} 持证人数与目标 Certified vs target");
        var bars = new List<Bar>();
        var programmes = report.Programmes.Where(p => p.Id != ProgrammeReports.Other).ToList();
        for (var i = 0; i < programmes.Count; i++)
        {
            var line = programmes[i];
            bars.Add(new Bar { Position = i * 3, Value = line.Target?.Certified ?? line.Figures.Certified, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = (i * 3) + 1, Value = line.Target?.Target ?? 0, FillColor = Colors.LightGray });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(programmes.Select((_, i) => (i * 3) + 0.5).ToArray(), programmes.Select(p => p.Name).ToArray());
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "持证 certified", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "目标 target", FillColor = Colors.LightGray });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    /// <summary>Registered, assessed, passed and certified per month.</summary>
    public static Plot Monthly(ProgrammeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = ChartImage.Create($"{report.Year} 月度趋势 Monthly");
        double[] months = [.. Enumerable.Range(1, 12).Select(m => (double)m)];
        void Line(string label, Func<ProgrammeFigures, long> figure, Color color)
        {
            var scatter = plot.Add.Scatter(months, report.Months.Select(m => (double)figure(m.Figures)).ToArray(), color);
            scatter.LegendText = label;
        }

        Line("报名 registered", f => f.Registered, Colors.Gray);
        Line("参加考核 assessed", f => f.Assessed, Colors.Orange);
        Line("合格 passed", f => f.Passed, Colors.SeaGreen);
        Line("发证 certified", f => f.Certified, Colors.SteelBlue);
        plot.Axes.Bottom.SetTicks(months, months.Select(m => $"{m}月").ToArray());
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Pass rates (%) per programme: the level and each component.</summary>
    public static Plot PassRates(ProgrammeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = ChartImage.Create($"{report.Year} 合格率 Pass rates (%)");
        var components = report.Components.Select(c => c.Component).ToList();
        Color[] palette = [Colors.SteelBlue, Colors.Orange, Colors.SeaGreen, Colors.Purple];
        var width = components.Count + 2;
        var bars = new List<Bar>();
        var programmes = report.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            var rows = report.Rows.Where(r => r.Programme == programmes[i].Id).SelectMany(r => r.Components).ToList();
            bars.Add(new Bar { Position = i * width, Value = (programmes[i].Figures.PassRate ?? 0) * 100, FillColor = palette[0] });
            for (var c = 0; c < components.Count; c++)
            {
                var sat = rows.Where(r => r.Component == components[c]).Sum(r => r.Sat);
                var passed = rows.Where(r => r.Component == components[c]).Sum(r => r.Passed);
                bars.Add(new Bar { Position = (i * width) + c + 1, Value = sat > 0 ? 100.0 * passed / sat : 0, FillColor = palette[(c + 1) % palette.Length] });
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(programmes.Select((_, i) => (double)(i * width) + ((width - 2) / 2.0)).ToArray(), programmes.Select(p => p.Name).ToArray());
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "等级 level", FillColor = palette[0] });
        for (var c = 0; c < components.Count; c++)
        {
            var words = ResultWords.Component(components[c]);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{words.Chinese} {words.English.ToLowerInvariant()}", FillColor = palette[(c + 1) % palette.Length] });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsY(0, 110);
        return plot;
    }
}
