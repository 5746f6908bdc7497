using CertEngine.Domain.Tracks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Tracks;

public sealed class TrackKeyTests
{
    [Theory]
    [InlineData("4-10-01-06/家务服务员/5", "4-10-01-06", "家务服务员", 5)]
    [InlineData("4-10-01-06/2", "4-10-01-06", null, 2)]
    [InlineData(" 4-10-01-06/母婴护理员/3 ", "4-10-01-06", "母婴护理员", 3)]
    [InlineData("专项/S-0101", "S-0101", null, null)]
    public void TryParse_WrittenForms_GiveTheParts(string text, string code, string? workType, int? level)
    {
        var ok = TrackKey.TryParse(text, out var key);

        Assert.True(ok);
        Assert.Equal(new TrackKey(code, workType, level), key);
        Assert.Equal(level is null, key.IsSpecialty);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("4-10-01-06")]
    [InlineData("4-10-01-06/五级")]
    [InlineData("4-10-01-06/12")]
    [InlineData("4-10-01-06//5")]
    [InlineData("4-10-01-06/家务服务员 /5")]
    [InlineData("4-10-01-06/a/b/5")]
    [InlineData("专项/")]
    [InlineData("专项/x/5")]
    [InlineData("专项/5/x")]
    public void TryParse_MalformedText_IsRefused(string? text)
    {
        var ok = TrackKey.TryParse(text, out var key);

        Assert.False(ok);
        Assert.Equal(default, key);
    }

    [Fact]
    public void ToString_EachShape_IsTheWrittenForm()
    {
        Assert.Equal("4-10-01-06/家务服务员/5", new TrackKey("4-10-01-06", "家务服务员", 5).ToString());
        Assert.Equal("4-10-01-06/2", new TrackKey("4-10-01-06", null, 2).ToString());
        Assert.Equal("专项/S-0101", TrackKey.Specialty("S-0101").ToString());
    }

    [Property(MaxTest = 300)]
    public Property TryParse_ToStringOfAnyWellFormedKey_RoundTrips(NonEmptyString code, string? workType, byte level, bool specialty)
    {
        var cleanCode = Segment(code.Get) ?? "x";
        if (cleanCode == TrackKey.SpecialtyPrefix)
        {
            cleanCode = "x";
        }

        var key = specialty ? TrackKey.Specialty(cleanCode) : new TrackKey(cleanCode, Segment(workType), level % 10);

        var ok = TrackKey.TryParse(key.ToString(), out var parsed);

        return (ok && parsed == key).Label($"{key} → {parsed}");
    }

    private static string? Segment(string? text)
    {
        var kept = new string((text ?? "").Where(c => c != '/' && !char.IsWhiteSpace(c)).ToArray());
        return kept.Length == 0 ? null : kept;
    }
}
