using CertEngine.Domain.Certificates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class NationalSkillLevelNumberSchemeTests
{
    private static readonly NationalSkillLevelNumberScheme Scheme = new(CertificateData.Provinces);
    private static readonly DateOnly IssuedIn2025 = new(2025, 6, 30);

    [Fact]
    public void Compose_SecondWorkedExample_GivesItsNumberExactly()
    {
        var result = Scheme.Compose(CertificateData.ProvincialTrainer, IssuedIn2025, 4, 17);

        Assert.Equal(new NumberComposition.Composed("S000023000456254000017"), result);
    }

    [Fact]
    public void Validate_SecondWorkedExample_HasNoProblems()
    {
        var problems = Scheme.Validate("S000023000456254000017", CertificateData.ProvincialTrainer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_FirstWorkedExampleWithAConcreteStation_HasNoProblems()
    {
        // Y000123XXXXXX195000001 with the placeholder XXXXXX replaced by the employer's station 000789.
        var problems = Scheme.Validate("Y000123000789195000001", CertificateData.Employer, new DateOnly(2019, 12, 1), 5, CertificateData.HouseholdLevels);

        Assert.Empty(problems);
        var number = CertificateNumber.Parse("Y000123000789195000001");
        Assert.Equal(('Y', "0001", "23", "000789", 19, 5, 1), (number.Category, number.BodyCode, number.Province, number.Station, number.Year2, number.LevelDigit, number.Serial));
    }

    [Fact]
    public void Validate_FirstWorkedExampleAsPrinted_FailsOnlyTheFormat()
    {
        var problems = Scheme.Validate("Y000123XXXXXX195000001", CertificateData.Employer, new DateOnly(2019, 12, 1), 5, CertificateData.HouseholdLevels);

        Assert.Equal([CertificateNumberRule.Format], problems.Select(p => p.Rule));
    }

    [Theory]
    [InlineData("Y000023000456254000017")] // category
    [InlineData("S001223000456254000017")] // body code of a 人社部 备案 on a provincial issuer
    [InlineData("S000014000456254000017")] // another province of the table
    [InlineData("S000023000457254000017")] // another station
    public void Validate_IssuerSegmentChanged_FailsRuleTwoOnly(string number)
    {
        var problems = Scheme.Validate(number, CertificateData.ProvincialTrainer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Equal([CertificateNumberRule.Issuer], problems.Select(p => p.Rule));
    }

    [Fact]
    public void Validate_ZeroBodyCodeFromANationalIssuer_ReportsTheProvincialOnlyRule()
    {
        var problems = Scheme.Validate("Y000023000789254000017", CertificateData.Employer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Equal(
            [
                new CertificateNumberProblem(CertificateNumberFault.BodyCode, "0000", "0001"),
                new CertificateNumberProblem(CertificateNumberFault.ProvincialBodyCodeOnly, "0000"),
            ],
            problems);
    }

    [Fact]
    public void Validate_ProvinceNotInTheTable_FailsRuleTwo()
    {
        var issuer = CertificateData.ProvincialTrainer with { Province = "99" };

        var problems = Scheme.Validate("S000099000456254000017", issuer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Equal([new CertificateNumberProblem(CertificateNumberFault.UnknownProvince, "99")], problems);
    }

    [Fact]
    public void Validate_YearOfAnotherIssueDate_FailsRuleThreeOnly()
    {
        var problems = Scheme.Validate("S000023000456244000017", CertificateData.ProvincialTrainer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Equal([new CertificateNumberProblem(CertificateNumberFault.Year, "24", "25")], problems);
    }

    [Fact]
    public void Validate_LevelDigitOfAnotherLevel_FailsRuleFourOnly()
    {
        var problems = Scheme.Validate("S000023000456255000017", CertificateData.ProvincialTrainer, IssuedIn2025, 4, CertificateData.HouseholdLevels);

        Assert.Equal([new CertificateNumberProblem(CertificateNumberFault.LevelDigit, "5", "4")], problems);
    }

    [Fact]
    public void Validate_LevelTheOccupationDoesNotHave_FailsRuleFourOnly()
    {
        // 家政服务员 has no 一级.
        var problems = Scheme.Validate("S000023000456251000017", CertificateData.ProvincialTrainer, IssuedIn2025, 1, CertificateData.HouseholdLevels);

        Assert.Equal([new CertificateNumberProblem(CertificateNumberFault.LevelNotOfOccupation, "1", "5,4,3,2")], problems);
    }

    [Fact]
    public void Compose_SerialAboveSixDigits_IsRefused()
    {
        var result = Scheme.Compose(CertificateData.ProvincialTrainer, IssuedIn2025, 4, 1_000_000);

        Assert.Equal(
            new NumberComposition.Refused(NumberFailure.SerialExhausted, 1_000_000, 999_999),
            result);
    }

    [Fact]
    public void Compose_LastSerial_IsComposed()
    {
        var result = Scheme.Compose(CertificateData.ProvincialTrainer, IssuedIn2025, 4, 999_999);

        Assert.Equal(new NumberComposition.Composed("S000023000456254999999"), result);
    }

    [Fact]
    public void Compose_NoLevel_IsRefused()
    {
        Assert.IsType<NumberComposition.Refused>(Scheme.Compose(CertificateData.ProvincialTrainer, IssuedIn2025, null, 1));
    }

    [Fact]
    public void Compose_SerialZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scheme.Compose(CertificateData.ProvincialTrainer, IssuedIn2025, 4, 0));
    }

    [Property(MaxTest = 300)]
    public Property Compose_ThenParse_GivesBackEverySegmentAndValidates(
        bool employer, NonNegativeInt body, NonNegativeInt provinceIndex, NonNegativeInt station, NonNegativeInt year, NonNegativeInt level, PositiveInt serial)
    {
        var provinces = CertificateData.Provinces.Provinces;
        var provincial = !employer;
        var issuer = new IssuerRegistration(
            "某机构",
            employer ? 'Y' : 'S',
            provincial ? "0000" : (1 + body.Get % 9999).ToString("D4"),
            provinces[provinceIndex.Get % provinces.Count].Key,
            (station.Get % 1_000_000).ToString("D6"),
            provincial);
        var issued = new DateOnly(2000 + year.Get % 100, 1 + year.Get % 12, 1);
        var digit = 1 + level.Get % 5;
        var serialNumber = 1 + (serial.Get - 1) % 999_999;

        var composed = Assert.IsType<NumberComposition.Composed>(Scheme.Compose(issuer, issued, digit, serialNumber)).Number;
        var parsed = CertificateNumber.Parse(composed);

        var segments = (parsed.Category, parsed.BodyCode, parsed.Province, parsed.Station, parsed.Year2, parsed.LevelDigit, parsed.Serial);
        var expected = (issuer.Category, issuer.BodyCode, issuer.Province, issuer.Station, issued.Year % 100, digit, serialNumber);
        var problems = Scheme.Validate(composed, issuer, issued, digit, [1, 2, 3, 4, 5]);
        return (segments == expected && problems.Count == 0).Label($"{composed}: {string.Join("; ", problems)}");
    }
}
