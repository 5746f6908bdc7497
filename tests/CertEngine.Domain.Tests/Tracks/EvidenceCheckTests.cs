using CertEngine.Domain.Tracks;
using static CertEngine.Domain.Tracks.EvidenceItem;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>The checks a piece of eligibility evidence passes before it is kept (申报材料录入).</summary>
public sealed class EvidenceCheckTests
{
    private static readonly DateOnly Birth = new(1990, 5, 20);
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static string? Why(EvidenceItem item) =>
        EvidenceCheck.Check(item, Birth, Today) is { } refused ? $"{refused.Reason}({string.Join(", ", refused.Args)})" : null;

    [Fact]
    public void Check_EveryKindWithinBounds_IsAccepted()
    {
        EvidenceItem[] items =
        [
            new WorkExperience("e1", "家政服务员", new DateOnly(2015, 1, 1), Today),
            new WorkExperience("e2", "4-10-01-06", Today, null),
            new Apprenticeship("e3", Today),
            new PriorCertificate("e4", "4-10-01-06", 5, "S000023000456205000017", new DateOnly(2020, 6, 1)),
            new Graduation("e5", SchoolKind.TechnicalSchool, true, Today.AddYears(1)),
            new TrainingRecord("e6", EvidenceCheck.MaxHours, Today),
        ];

        Assert.All(items, item => Assert.Null(Why(item)));
    }

    [Theory]
    [InlineData(2026, 12, 7, "DateInFuture(2026-12-07, 2026-12-06)")]
    [InlineData(1990, 5, 19, "BeforeBirth(1990-05-19, 1990-05-20)")]
    public void Check_AnApprenticeshipDatedOutsideTheCandidatesLife_IsRefused(int year, int month, int day, string why)
    {
        Assert.Equal(why, Why(new Apprenticeship("e1", new DateOnly(year, month, day))));
    }

    [Fact]
    public void Check_WorkEndingOnOrBeforeItsStartOrInTheFuture_IsRefused()
    {
        var start = new DateOnly(2020, 3, 1);

        Assert.Equal("EndNotAfterStart(2020-03-01, 2020-03-01)", Why(new WorkExperience("e1", "家政服务员", start, start)));
        Assert.Equal("DateInFuture(2026-12-07, 2026-12-06)", Why(new WorkExperience("e1", "家政服务员", start, Today.AddDays(1))));
        Assert.Equal("OccupationRequired(40)", Why(new WorkExperience("e1", "  ", start, null)));
    }

    [Theory]
    [InlineData(0, "S000023000456205000017", "LevelOutOfRange(1, 5)")]
    [InlineData(6, "S000023000456205000017", "LevelOutOfRange(1, 5)")]
    [InlineData(5, "S0000-2300", "NumberMalformed(32)")]
    [InlineData(5, "", "NumberMalformed(32)")]
    public void Check_CertificateOfTheWrongShape_IsRefused(int level, string number, string why)
    {
        Assert.Equal(why, Why(new PriorCertificate("e1", "4-10-01-06", level, number, new DateOnly(2020, 6, 1))));
    }

    [Fact]
    public void Check_GraduationMoreThanAYearAhead_IsRefused()
    {
        Assert.Equal("GraduationTooFarAhead(2027-12-06)", Why(new Graduation("e1", SchoolKind.JuniorCollege, true, Today.AddYears(1).AddDays(1))));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5000.5")]
    public void Check_TrainingHoursOutOfBounds_AreRefused(string hours)
    {
        Assert.Equal("HoursOutOfRange(5000)", Why(new TrainingRecord("e1", decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), Today)));
    }
}
