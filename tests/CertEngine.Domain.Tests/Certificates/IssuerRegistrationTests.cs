using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class IssuerRegistrationTests
{
    [Fact]
    public void Read_ShippedExample_IsAProvincialTrainerInShanxi()
    {
        var path = Path.Combine(CertificateData.Directory, "issuer.example.yaml");

        var result = IssuerRegistration.Read(path, File.ReadAllText(path), CertificateData.Provinces);

        var accepted = Assert.IsType<CertificateDataResult<IssuerRegistration>.Accepted>(result);
        Assert.Equal(new IssuerRegistration("太行家政职业技能培训学校", 'S', "0000", "14", "000456", true), accepted.Value);
    }

    [Fact]
    public void Code_IsCategoryBodyProvinceStation_ThePositions1To13OfItsNumbers()
    {
        var registration = new IssuerRegistration("太行家政职业技能培训学校", 'S', "0000", "14", "000456", true);

        Assert.Equal("S000014000456", registration.Code);
        Assert.Equal("S000014000456", CertificateNumber.Compose('S', "0000", "14", "000456", 26, 5, 1).Value[..13]);
    }

    [Fact]
    public void Create_ValidFields_Registers()
    {
        var result = IssuerRegistration.Create(" 某某家政服务有限公司 ", 'Y', "0001", "23", "000789", false, CertificateData.Provinces);

        Assert.Equal(new CertificateDataResult<IssuerRegistration>.Accepted(CertificateData.Employer), result);
    }

    [Theory]
    [InlineData("", 'S', "0000", "23", "000456", true, "评价机构名称不能为空 (the issuer's name is blank)")]
    [InlineData("某机构", 'X', "0000", "23", "000456", true, "评价机构类别 'X' 应为 Y（用人单位）或 S（社会培训评价组织） (category must be Y or S)")]
    [InlineData("某机构", 'S', "000", "23", "000456", true, "评价机构代码 '000' 应为 4 位数字 (the body code must be 4 digits)")]
    [InlineData("某机构", 'S', "0012", "23", "000456", true, "省级备案的机构代码应为 0000，而不是 0012 (a provincial 备案 carries body code 0000)")]
    [InlineData("某机构", 'S', "0000", "23", "000456", false, "机构代码 0000 仅用于省级备案 (body code 0000 is only for a provincial 备案)")]
    [InlineData("某机构", 'S', "0000", "99", "000456", true, "省份代码 99 不在省份代码表中 (province 99 is not in the table)")]
    [InlineData("某机构", 'S', "0000", "2a", "000456", true, "省份代码 '2a' 应为 2 位数字 (the province code must be 2 digits)")]
    [InlineData("某机构", 'S', "0000", "23", "45600", true, "站点序列码 '45600' 应为 6 位数字 (the station code must be 6 digits)")]
    public void Create_OneBadField_IsRejectedWithItsMessage(string name, char category, string body, string province, string station, bool provincial, string expected)
    {
        var result = IssuerRegistration.Create(name, category, body, province, station, provincial, CertificateData.Provinces);

        Assert.Equal([expected], Assert.IsType<CertificateDataResult<IssuerRegistration>.Rejected>(result).Problems);
    }

    [Fact]
    public void Read_UnknownField_IsRejected()
    {
        const string text = "issuer:\n  name: 某机构\n  category: S\n  body-code: \"0000\"\n  province: \"14\"\n  station: \"000456\"\n  provincial-filing: true\n  phone: 123\n";

        var result = IssuerRegistration.Read("i.yaml", text, CertificateData.Provinces);

        var rejected = Assert.IsType<CertificateDataResult<IssuerRegistration>.Rejected>(result);
        Assert.Single(rejected.Problems);
        Assert.StartsWith("i.yaml:8: ", rejected.Problems[0]);
    }

    [Fact]
    public void Read_NestedHundredThousandLevels_IsRejectedAtItsLineNotAStackOverflow()
    {
        var text = "issuer:\n  name: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "x" + new string('}', 100_000) + "\n";

        var result = IssuerRegistration.Read("i.yaml", text, CertificateData.Provinces);

        var rejected = Assert.IsType<CertificateDataResult<IssuerRegistration>.Rejected>(result);
        Assert.Equal(["i.yaml:2: YAML 嵌套过深：列表和键值表最多嵌套 64 层 (YAML nests too deep: at most 64 levels of lists and mappings)"], rejected.Problems);
    }
}
