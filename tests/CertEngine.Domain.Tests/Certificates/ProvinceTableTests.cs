using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class ProvinceTableTests
{
    [Fact]
    public void Load_ShippedTable_HoldsTheThirtyFourProvinceLevelCodes()
    {
        var table = CertificateData.Provinces;

        Assert.Equal(34, table.Provinces.Count);
        Assert.Equal("北京市", table.NameOf("11"));
        Assert.Equal("山西省", table.NameOf("14"));
        Assert.Equal("黑龙江省", table.NameOf("23"));
        Assert.Equal("甘肃省", table.NameOf("62"));
        Assert.Equal("新疆维吾尔自治区", table.NameOf("65"));
        Assert.Equal("台湾省", table.NameOf("71"));
        Assert.Equal("香港特别行政区", table.NameOf("81"));
        Assert.Equal("澳门特别行政区", table.NameOf("82"));
        Assert.False(table.Contains("10"));
        Assert.False(table.Contains("99"));
    }

    [Fact]
    public void Read_CodeNotTwoDigits_IsRejectedAtItsLine()
    {
        const string text = "provinces:\n  \"11\": 北京市\n  \"1A\": 某地\n";

        var result = ProvinceTable.Read("p.yaml", text);

        var rejected = Assert.IsType<CertificateDataResult<ProvinceTable>.Rejected>(result);
        Assert.Equal(["p.yaml:3: 省份代码 '1A' 不是两位数字 (province code '1A' is not two digits)"], rejected.Problems);
    }

    [Fact]
    public void Read_DuplicateCode_IsRejected()
    {
        const string text = "provinces:\n  \"11\": 北京市\n  \"11\": 天津市\n";

        var result = ProvinceTable.Read("p.yaml", text);

        Assert.IsType<CertificateDataResult<ProvinceTable>.Rejected>(result);
    }

    [Fact]
    public void Read_EmptyTable_IsRejected()
    {
        var result = ProvinceTable.Read("p.yaml", "provinces: {}\n");

        var rejected = Assert.IsType<CertificateDataResult<ProvinceTable>.Rejected>(result);
        Assert.Equal(["p.yaml:0: 省份代码表为空 (the province table is empty)"], rejected.Problems);
    }

    [Fact]
    public void Read_NestedHundredThousandLevels_IsRejectedAtItsLineNotAStackOverflow()
    {
        var text = "provinces:\n  \"11\": " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = ProvinceTable.Read("p.yaml", text);

        var rejected = Assert.IsType<CertificateDataResult<ProvinceTable>.Rejected>(result);
        Assert.StartsWith("p.yaml:2: YAML 嵌套过深", rejected.Problems[0], StringComparison.Ordinal);
    }
}
