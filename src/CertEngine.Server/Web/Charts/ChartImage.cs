using ScottPlot;
using SkiaSharp;

namespace CertEngine.Server.Web.Charts;

/// <summary>
/// Charts for the reports and analyses, drawn on the server with ScottPlot as PNG: a page shows them as an image
/// (nothing loaded from the internet, no script) beside the table of the same figures. PNG rather than SVG because the
/// text is drawn here with a CJK font the server has (test.sh installs fonts-noto-cjk), so a phone without that font
/// sees the same chart, and Skia's SVG writer names some Chinese characters by their radical look-alikes (母 as ⺟).
/// </summary>
/// <remarks>
/// A feature builds its <see cref="Plot"/> from <see cref="Create"/>, adds its series, and answers
/// <see cref="Png"/>'s bytes with <see cref="ContentType"/>. Sizes are clamped: a query string never draws a huge image.
/// </remarks>
public static class ChartImage
{
    public const string ContentType = "image/png";

    public const int MinWidth = 240;
    public const int MaxWidth = 1600;
    public const int MinHeight = 180;
    public const int MaxHeight = 1200;

    /// <summary>A plot with its title, ready for series.</summary>
    public static Plot Create(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        return plot;
    }

    /// <summary>Simplified Chinese sans-serif families, best first (test.sh installs the first).</summary>
    private static readonly string[] PreferredFamilies =
        ["Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"];

    /// <summary>
    /// The font every label is drawn with: the first installed Simplified Chinese family, else whatever family the
    /// system gives for a Chinese character. ScottPlot's own <c>Font.Automatic()</c> misses them and draws boxes.
    /// </summary>
    public static string FontFamily { get; } = ChooseFamily();

    private static string ChooseFamily()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PreferredFamilies.FirstOrDefault(installed.Contains)
            ?? SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, ["zh-Hans"], '中')?.FamilyName
            ?? Fonts.Default;
    }

    /// <summary>
    /// The plot drawn as PNG. The font is set last, over every label the plot holds, so Chinese axis labels added after
    /// <see cref="Create"/> are drawn with glyphs, not boxes.
    /// </summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Font.Set(FontFamily);
        return plot.GetImageBytes(
            Math.Clamp(width, MinWidth, MaxWidth), Math.Clamp(height, MinHeight, MaxHeight), ImageFormat.Png);
    }
}
