using CertEngine.Domain.Exports;

namespace CertEngine.Domain.Tests.Exports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+86 139", "'+86 139")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    public void Escape_FormulaLookingText_GetsALeadingApostrophe(string text, string expected) => Assert.Equal(expected, SpreadsheetText.Escape(text));

    [Theory]
    [InlineData("王秀英", "王秀英")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_OtherText_IsUnchanged(string? text, string expected) => Assert.Equal(expected, SpreadsheetText.Escape(text));
}
