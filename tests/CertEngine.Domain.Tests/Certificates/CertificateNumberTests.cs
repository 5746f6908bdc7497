using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class CertificateNumberTests
{
    [Fact]
    public void Parse_SecondWorkedExample_ReadsEverySegment()
    {
        var number = CertificateNumber.Parse("S000023000456254000017");

        Assert.Equal('S', number.Category);
        Assert.Equal("0000", number.BodyCode);
        Assert.Equal("23", number.Province);
        Assert.Equal("000456", number.Station);
        Assert.Equal(25, number.Year2);
        Assert.Equal(4, number.LevelDigit);
        Assert.Equal(17, number.Serial);
    }

    [Theory]
    [InlineData("Y000123XXXXXX195000001")]   // the rule's own placeholder station
    [InlineData("S00002300045625400001")]    // 21 characters
    [InlineData("S0000230004562540000170")]  // 23 characters
    [InlineData("s000023000456254000017")]
    [InlineData("Z000023000456254000017")]
    [InlineData("S000023000456254000017\n")]
    [InlineData(" S000023000456254000017")]
    [InlineData("S00002300045625400001７")]  // a full-width digit
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotTheNationalForm_IsRefused(string? text)
    {
        Assert.False(CertificateNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Garbage_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CertificateNumber.Parse("not a number"));
    }

    [Fact]
    public void Compose_SegmentsOfTheSecondWorkedExample_GiveItsNumber()
    {
        var number = CertificateNumber.Compose('S', "0000", "23", "000456", 25, 4, 17);

        Assert.Equal("S000023000456254000017", number.Value);
    }

    [Fact]
    public void Compose_ShortStation_Throws()
    {
        Assert.Throws<ArgumentException>(() => CertificateNumber.Compose('S', "0000", "23", "00456", 25, 4, 17));
    }
}
