using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class PublicCertificateViewTests
{
    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("张三", "张*")]
    [InlineData("张", "张")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("买买提·艾力", "买****力")]
    [InlineData(" 李四 ", "李*")]
    [InlineData("𠮷田明", "𠮷*明")]   // a first character outside the BMP stays whole
    [InlineData("", "")]
    public void MaskName_KeepsFirstAndLastOnly(string name, string expected)
    {
        Assert.Equal(expected, PublicCertificateView.MaskName(name));
    }

    [Fact]
    public void From_CompleteRecord_ShowsMaskedFieldsOnly()
    {
        var view = PublicCertificateView.From(CertificateRecordBuilder.Build(), "salt");

        Assert.Equal(
            new PublicCertificateView("S000023000456254000017", "张*明", IdNumberDigest.Compute("11010519491231002X", "salt"), "家政服务员", "家务服务员", "四级/中级工",
                new DateOnly(2025, 6, 30), "某某职业技能培训学校"),
            view);
        Assert.DoesNotContain("11010519491231002X", view.ToString());
    }

    [Fact]
    public void From_NoWorkType_ShowsTwoDashes()
    {
        var view = PublicCertificateView.From(CertificateRecordBuilder.Build() with { WorkType = null }, "salt");

        Assert.Equal("--", view.WorkType);
    }

    [Fact]
    public void From_IncompleteRecord_Throws()
    {
        Assert.Throws<ArgumentException>(() => PublicCertificateView.From(CertificateRecordBuilder.Build() with { IssuerName = "" }, "salt"));
    }
}
