using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class SpecialtyNumberSchemeTests
{
    private static readonly IssuerRegistration Issuer = new("太行家政职业技能培训学校", 'S', "0000", "14", "000456", true);
    private static readonly DateOnly Issued = new(2025, 3, 1);

    [Fact]
    public void Compose_DefaultFormat_GivesEighteenCharacters()
    {
        var result = new SpecialtyNumberScheme().Compose(Issuer, Issued, null, 17);

        Assert.Equal(new NumberComposition.Composed("ZX1400045625000017"), result);
    }

    [Fact]
    public void Validate_DefaultFormat_AcceptsItsOwnNumber()
    {
        Assert.Empty(new SpecialtyNumberScheme().Validate("ZX1400045625000017", Issuer, Issued, null, []));
    }

    [Fact]
    public void Validate_WrongYearAndStation_NamesEachRule()
    {
        var problems = new SpecialtyNumberScheme().Validate("ZX1400045724000017", Issuer, Issued, null, []);

        Assert.Equal([CertificateNumberRule.Issuer, CertificateNumberRule.Year], problems.Select(p => p.Rule));
    }

    [Theory]
    [InlineData("ZX14000456250000171")]
    [InlineData("ZY1400045625000017")]
    [InlineData("ZX140004562500001")]
    public void Validate_OtherShape_FailsTheFormat(string number)
    {
        var problems = new SpecialtyNumberScheme().Validate(number, Issuer, Issued, null, []);

        Assert.Equal([CertificateNumberRule.Format], problems.Select(p => p.Rule));
    }

    [Fact]
    public void Compose_WithALevel_IsRefused()
    {
        Assert.Equal(
            new NumberComposition.Refused(NumberFailure.LevelNotAllowed),
            new SpecialtyNumberScheme().Compose(Issuer, Issued, 4, 1));
    }

    [Fact]
    public void Compose_ConfiguredFormat_FollowsIt()
    {
        var scheme = new SpecialtyNumberScheme("SX-{province}-{yy}-{serial}", serialDigits: 4);

        var result = scheme.Compose(Issuer, Issued, null, 9_999);

        Assert.Equal(new NumberComposition.Composed("SX-14-25-9999"), result);
        Assert.Empty(scheme.Validate("SX-14-25-9999", Issuer, Issued, null, []));
        Assert.IsType<NumberComposition.Refused>(scheme.Compose(Issuer, Issued, null, 10_000));
    }

    [Theory]
    [InlineData("ZX{province}{city}{serial}")]
    [InlineData("ZX{province}{yy}")]
    [InlineData("ZX{serial}{serial}")]
    public void Constructor_BadFormat_Throws(string format)
    {
        Assert.Throws<ArgumentException>(() => new SpecialtyNumberScheme(format));
    }
}
