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
                CertificateRecordProblem.MissingNumber,
                CertificateRecordProblem.MissingHolderName,
                CertificateRecordProblem.MissingIdDocumentType,
                CertificateRecordProblem.MissingIdNumber,
                CertificateRecordProblem.MissingOccupationName,
                CertificateRecordProblem.MissingOccupationCode,
                CertificateRecordProblem.MissingIssuerName,
                CertificateRecordProblem.MissingTrackKey,
                CertificateRecordProblem.MissingIssueDate,
                CertificateRecordProblem.MissingLevel,
                CertificateRecordProblem.MissingComponentResults,
            ],
            problems);
    }

    [Fact]
    public void Check_BlankWorkType_IsAProblemButNullIsNot()
    {
        Assert.Equal(
            [CertificateRecordProblem.BlankWorkType],
            (CertificateRecordBuilder.Build() with { WorkType = " " }).Check());
        Assert.Empty((CertificateRecordBuilder.Build() with { WorkType = null }).Check());
    }

    [Fact]
    public void Check_SpecialtyWithALevel_IsAProblem()
    {
        var record = CertificateRecordBuilder.Build() with { Kind = CertificateKind.Specialty };

        Assert.Equal([CertificateRecordProblem.LevelOnSpecialty], record.Check());
    }

    [Fact]
    public void PrintedWorkType_None_IsTwoDashes()
    {
        var record = CertificateRecordBuilder.Build() with { WorkType = null, LevelDigit = 2, LevelDisplay = "二级/技师" };

        Assert.Equal("--", record.PrintedWorkType);
        Assert.Equal("职业技能等级证书", record.Title);
    }
}
