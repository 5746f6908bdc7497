using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class CertificateRecordTests
{
    [Fact]
    public void Check_CompleteRecord_HasNoProblems()
    {
        Assert.Empty(CertificateRecordBuilder.Build().Check());
    }

    [Fact]
    public void Check_EveryRequiredFieldMissing_NamesEach()
    {
        var record = CertificateRecordBuilder.Build() with
        {
            Number = "",
            HolderName = " ",
            IdDocumentType = "",
            IdNumber = default(IdentityNumber),
            OccupationName = "",
            OccupationCode = "",
            IssuerName = "",
            TrackKey = "",
            IssueDate = default,
            LevelDigit = null,
            ComponentResultIds = [],
        };

        var problems = record.Check();

        Assert.Equal(
            [
                "缺少证书编号 (missing certificate number)",
                "缺少姓名 (missing holder's name)",
                "缺少证件类型 (missing ID document type)",
                "缺少证件号码 (missing ID number)",
                "缺少职业名称 (missing occupation name)",
                "缺少职业编码 (missing occupation code)",
                "缺少评价机构名称 (missing issuer's name)",
                "缺少认定方案 (missing track key)",
                "缺少发证日期 (missing issue date)",
                "职业技能等级证书缺少等级 (a skill-level certificate needs its level digit and display form)",
                "缺少计入的考核成绩 (missing the component results counted)",
            ],
            problems);
    }

    [Fact]
    public void Check_BlankWorkType_IsAProblemButNullIsNot()
    {
        Assert.Equal(
            ["工种不能为空白，没有工种时应为 null（打印为 --） (a blank 工种: use null, printed --)"],
            (CertificateRecordBuilder.Build() with { WorkType = " " }).Check());
        Assert.Empty((CertificateRecordBuilder.Build() with { WorkType = null }).Check());
    }

    [Fact]
    public void Check_SpecialtyWithALevel_IsAProblem()
    {
        var record = CertificateRecordBuilder.Build() with { Kind = CertificateKind.Specialty };

        Assert.Equal(["专项职业能力证书没有等级 (a 专项 certificate has no level)"], record.Check());
    }

    [Fact]
    public void PrintedWorkType_None_IsTwoDashes()
    {
        var record = CertificateRecordBuilder.Build() with { WorkType = null, LevelDigit = 2, LevelDisplay = "二级/技师" };

        Assert.Equal("--", record.PrintedWorkType);
        Assert.Equal("职业技能等级证书", record.Title);
    }
}
