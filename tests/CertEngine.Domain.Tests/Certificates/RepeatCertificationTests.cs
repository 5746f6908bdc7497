using CertEngine.Domain.Certificates;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class RepeatCertificationTests
{
    private static TrackKey Key(string text) => TrackKey.TryParse(text, out var key) ? key : throw new ArgumentException(text);

    private static HeldQualification Held(string track, CertificateStatus status = CertificateStatus.Valid, string number = "S000014000001265000001") =>
        new(Key(track), number, status);

    [Fact]
    public void Check_SameOccupationWorkTypeAndLevel_IsRefusedNamingTheCertificate()
    {
        var refused = RepeatCertification.Check(Key("4-10-01-06/家务服务员/5"), [Held("4-10-01-06/家务服务员/5")]);

        Assert.Equal(RepeatCertificationRefusal.SameLevelHeld, refused?.Reason);
        Assert.Equal(["S000014000001265000001", "4-10-01-06/家务服务员/5"], refused!.Args);
    }

    [Fact]
    public void Check_AHigherLevelHeld_IsRefused()
    {
        var refused = RepeatCertification.Check(Key("4-10-01-06/家务服务员/5"), [Held("4-10-01-06/家务服务员/4")]);

        Assert.Equal(RepeatCertificationRefusal.HigherLevelHeld, refused?.Reason);
    }

    [Fact]
    public void Check_ALowerLevelHeld_IsAllowed() =>
        Assert.Null(RepeatCertification.Check(Key("4-10-01-06/家务服务员/4"), [Held("4-10-01-06/家务服务员/5")]));

    [Fact]
    public void Check_AnotherWorkTypeOfTheSameLevel_IsAllowed_ForTheNearDuplicatesReport() =>
        Assert.Null(RepeatCertification.Check(Key("4-10-01-06/母婴护理员/5"), [Held("4-10-01-06/家务服务员/5"), Held("4-10-01-06/家务服务员/3")]));

    [Fact]
    public void Check_ALevelWithoutWorkType_CoversEveryWorkTypeBelowIt() =>
        Assert.Equal(RepeatCertificationRefusal.HigherLevelHeld, RepeatCertification.Check(Key("4-10-01-06/母婴护理员/4"), [Held("4-10-01-06/2")])?.Reason);

    [Fact]
    public void Check_AnotherOccupation_IsAllowed() =>
        Assert.Null(RepeatCertification.Check(Key("4-10-01-05/5"), [Held("4-10-01-06/家务服务员/3")]));

    [Theory]
    [InlineData(CertificateStatus.Revoked)]
    [InlineData(CertificateStatus.Superseded)]
    public void Check_ARevokedOrReplacedCertificate_NoLongerCounts(CertificateStatus status) =>
        Assert.Null(RepeatCertification.Check(Key("4-10-01-06/家务服务员/5"), [Held("4-10-01-06/家务服务员/5", status)]));

    [Fact]
    public void Check_ASuspendedCertificate_StillCounts() =>
        Assert.Equal(RepeatCertificationRefusal.SameLevelHeld,
            RepeatCertification.Check(Key("4-10-01-06/家务服务员/5"), [Held("4-10-01-06/家务服务员/5", CertificateStatus.Suspended)])?.Reason);

    [Fact]
    public void Check_TheSameSpecialty_IsRefused_AnotherIsNot()
    {
        Assert.Equal(RepeatCertificationRefusal.SameLevelHeld, RepeatCertification.Check(TrackKey.Specialty("ZX-ZLSN"), [Held("专项/ZX-ZLSN")])?.Reason);
        Assert.Null(RepeatCertification.Check(TrackKey.Specialty("ZX-MYHL"), [Held("专项/ZX-ZLSN")]));
    }

    [Fact]
    public void Check_SameLevelAndHigherHeld_NamesTheSameLevelFirst()
    {
        var refused = RepeatCertification.Check(Key("4-10-01-06/家务服务员/5"),
            [Held("4-10-01-06/家务服务员/3", number: "A"), Held("4-10-01-06/家务服务员/5", number: "B")]);

        Assert.Equal((RepeatCertificationRefusal.SameLevelHeld, "B"), (refused!.Reason, refused.Args[0]));
    }
}
