using CertEngine.Server.Web.Charts;
using SkiaSharp;

namespace CertEngine.Server.Tests.Charts;

public sealed class ChartImageTests
{
    [Fact]
    public void Draws_a_png_of_the_asked_size()
    {
        var plot = ChartImage.Create("持证人数 Certified");
        plot.Add.Bars([3.0, 5.0, 2.0]);
        plot.Axes.Bottom.SetTicks([0.0, 1.0, 2.0], ["母婴", "居家", "养老"]);

        using var bitmap = SKBitmap.Decode(ChartImage.Png(plot, 640, 360));

        Assert.Equal((640, 360), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Draws_chinese_characters_with_their_own_glyphs()
    {
        // A font without CJK glyphs draws every character as the same empty box, so two titles would give one image.
        var first = Title("母婴服务");
        var second = Title("养老服务");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Clamps_a_size_asked_by_a_query_string()
    {
        using var huge = SKBitmap.Decode(ChartImage.Png(ChartImage.Create("x"), 100_000, -5));

        Assert.Equal((ChartImage.MaxWidth, ChartImage.MinHeight), (huge.Width, huge.Height));
    }

    private static byte[] Title(string title) => ChartImage.Png(ChartImage.Create(title), 320, 200);
}
