using CertEngine.Domain.Tracks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CertEngine.Domain.Tracks.EvidenceItem;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>The shipped 家政服务员 rule sets (RULES.md §3 template) and each requirement kind.</summary>
public sealed class EligibilityRuleSetTests
{
    private static readonly DateOnly Birth = new(1990, 5, 20);

    private static EligibilityRuleSet Level(int level) =>
        ShippedTracks.Household(level == 2 ? "4-10-01-06/2" : $"4-10-01-06/家务服务员/{level}").Eligibility;

    private static CandidateEvidence Evidence(params EvidenceItem[] items) => new(Birth, items);

    [Fact]
    public void Evaluate_LevelFiveOneYearOfWork_IsEligibleOnTheAnniversaryNotTheDayBefore()
    {
        var evidence = Evidence(new WorkExperience("w1", "家政服务员", new DateOnly(2020, 3, 15), null));

        var dayBefore = Level(5).Evaluate(evidence, new DateOnly(2021, 3, 14));
        var onTheDay = Level(5).Evaluate(evidence, new DateOnly(2021, 3, 15));

        Assert.Equal(
            ["5-work「累计从事本职业或相关职业工作1年（含）以上」：WorkYearsShort(1, 0, 364)",
             "5-apprentice「本职业或相关职业学徒期满」：NoApprenticeship()"],
            Failed(dayBefore));
        AssertEligible(onTheDay, "5-work", "w1");
    }

    [Fact]
    public void Evaluate_LevelFiveApprenticeship_IsEligibleByTheSecondRoute()
    {
        var decision = Level(5).Evaluate(Evidence(new Apprenticeship("a1", new DateOnly(2024, 1, 10))), new DateOnly(2024, 1, 10));

        AssertEligible(decision, "5-apprentice", "a1");
    }

    [Fact]
    public void Evaluate_WorkInAnUnrelatedOccupation_DoesNotCount()
    {
        var decision = Level(5).Evaluate(Evidence(new WorkExperience("w1", "养老护理员", new DateOnly(2010, 1, 1), null)), new DateOnly(2024, 1, 1));

        Assert.Equal("5-work「累计从事本职业或相关职业工作1年（含）以上」：NoWorkExperience(家政服务员, 4-10-01-06)",
            Failed(decision)[0]);
    }

    [Fact]
    public void Evaluate_LevelFourCertificateRoute_CountsYearsFromTheIssueDate()
    {
        var evidence = Evidence(new PriorCertificate("c5", "4-10-01-06", 5, "S000023000456205000017", new DateOnly(2020, 6, 1)));

        var dayBefore = Level(4).Evaluate(evidence, new DateOnly(2024, 5, 31));
        var onTheDay = Level(4).Evaluate(evidence, new DateOnly(2024, 6, 1));

        Assert.Equal("4-cert「取得本职业五级/初级工证书后，累计从事本职业或相关职业工作4年（含）以上」：PriorCertificateTooRecent(Level5, 2020-06-01, 4, 2024-06-01)",
            Failed(dayBefore)[0]);
        AssertEligible(onTheDay, "4-cert", "c5");
    }

    [Fact]
    public void Evaluate_OldQualificationCertificateNumber_IsAcceptedWhenItsLevelDigitAgrees()
    {
        // 12 (2012) 14 (province) 01 (city) 0 011 (机构) 5 (五级) 00012
        var evidence = Evidence(new PriorCertificate("c5", "4-10-01-06", 5, "1214010011500012", new DateOnly(2012, 9, 1)));

        AssertEligible(Level(4).Evaluate(evidence, new DateOnly(2024, 1, 1)), "4-cert", "c5");
    }

    [Theory]
    [InlineData("S000023000456204000017", "CertificateLevelMismatch(S000023000456204000017, 4, Level5)")]
    [InlineData("1214010011400012", "CertificateLevelMismatch(1214010011400012, 4, Level5)")]
    [InlineData("X000023000456205000017", "CertificateNumberUnrecognised(X000023000456205000017, 职业技能等级证书, 职业资格证书)")]
    public void Evaluate_CertificateNumberNotMatchingTheClaimedLevel_IsRefused(string number, string reason)
    {
        var evidence = Evidence(new PriorCertificate("c5", "4-10-01-06", 5, number, new DateOnly(2015, 6, 1)));

        var decision = Level(4).Evaluate(evidence, new DateOnly(2024, 6, 1));

        Assert.Equal("4-cert「取得本职业五级/初级工证书后，累计从事本职业或相关职业工作4年（含）以上」：" + reason,
            Failed(decision)[0]);
    }

    [Fact]
    public void Evaluate_LevelFourSixYearsInTwoPeriods_CountsTheWorkNotTheGap()
    {
        var evidence = Evidence(
            new WorkExperience("w1", "家政服务员", new DateOnly(2010, 1, 1), new DateOnly(2013, 1, 1)),
            new WorkExperience("w2", "家政服务员", new DateOnly(2015, 1, 1), null));

        var dayBefore = Level(4).Evaluate(evidence, new DateOnly(2017, 12, 31));
        var onTheDay = Level(4).Evaluate(evidence, new DateOnly(2018, 1, 1));

        Assert.Equal("4-work「累计从事本职业或相关职业工作6年（含）以上」：WorkYearsShort(6, 5, 364)",
            Failed(dayBefore)[1]);
        AssertEligible(onTheDay, "4-work", "w1", "w2");
    }

    [Fact]
    public void Evaluate_LevelFourSchoolRoute_NeedsARelatedMajorAndTakesFinalYearStudents()
    {
        var today = new DateOnly(2024, 3, 1);
        var unrelated = Evidence(new Graduation("g1", SchoolKind.TechnicalSchool, false, new DateOnly(2020, 7, 1)));
        var finalYear = Evidence(new Graduation("g1", SchoolKind.SecondaryVocational, true, new DateOnly(2024, 7, 1)));
        var tooFar = Evidence(new Graduation("g1", SchoolKind.SecondaryVocational, true, new DateOnly(2025, 3, 2)));

        Assert.Equal("4-school「取得技工学校或以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：GraduationMajorUnrelated(TechnicalSchool,SecondaryVocational)",
            Failed(Level(4).Evaluate(unrelated, today))[2]);
        AssertEligible(Level(4).Evaluate(finalYear, today), "4-school", "g1");
        Assert.Equal("4-school「取得技工学校或以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：GraduationTooLate(TechnicalSchool,SecondaryVocational, 2025-03-01)",
            Failed(Level(4).Evaluate(tooFar, today))[2]);
    }

    [Fact]
    public void Evaluate_LevelThreeRoutes_EachNamedByItsCondition()
    {
        var today = new DateOnly(2024, 6, 1);
        var four = new PriorCertificate("c4", "4-10-01-06", 4, "S000023000456204000017", new DateOnly(2020, 6, 1));

        AssertEligible(Level(3).Evaluate(Evidence(four with { IssuedOn = new DateOnly(2019, 6, 1) }), today), "3-cert", "c4");
        AssertEligible(Level(3).Evaluate(Evidence(four, new Graduation("g1", SchoolKind.TechnicianCollege, true, new DateOnly(2018, 7, 1))), today), "3-school", "c4", "g1");
        AssertEligible(Level(3).Evaluate(Evidence(four, new Graduation("g1", SchoolKind.Bachelor, true, new DateOnly(2012, 7, 1))), today), "3-college", "g1", "c4");
    }

    [Fact]
    public void Evaluate_LevelThreeWithoutAFourCertificate_ListsEveryRouteWithItsFailure()
    {
        var decision = Level(3).Evaluate(Evidence(new WorkExperience("w1", "家政服务员", new DateOnly(2000, 1, 1), null)), new DateOnly(2024, 6, 1));

        const string missing = "NoPriorCertificate(4-10-01-06, Level4)";
        Assert.Equal(
            [$"3-cert「取得本职业四级/中级工证书后，累计从事本职业或相关职业工作5年（含）以上」：{missing}",
             $"3-school「取得本职业四级/中级工证书，并具有高级技工学校、技师学院或高等职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：{missing}",
             "3-college「具有大专及以上本专业或相关专业毕业证书，并取得本职业四级/中级工证书后，累计从事本职业或相关职业工作2年（含）以上」：NoGraduation(HigherVocational,JuniorCollege,Bachelor,Postgraduate)"],
            Failed(decision));
    }

    [Fact]
    public void Evaluate_LevelTwo_NeedsAThreeCertificateFourYearsOld()
    {
        var three = new PriorCertificate("c3", "4-10-01-06", 3, "Y000123000001203000001", new DateOnly(2020, 2, 29));

        Assert.IsType<EligibilityDecision.Ineligible>(Level(2).Evaluate(Evidence(three), new DateOnly(2024, 2, 28)));
        AssertEligible(Level(2).Evaluate(Evidence(three), new DateOnly(2024, 2, 29)), "2-cert", "c3");
    }

    [Fact]
    public void Evaluate_WorkingAge_CountsFromTheBirthDate()
    {
        var rules = new EligibilityRuleSet("S-0101", 1,
            [new EligibilityCondition("age", "达到法定劳动年龄", [new EligibilityRequirement.WorkingAge(16)], Unconfirmed: true)]);
        var evidence = new CandidateEvidence(new DateOnly(2008, 6, 15), []);

        var dayBefore = rules.Evaluate(evidence, new DateOnly(2024, 6, 14));
        var onTheDay = rules.Evaluate(evidence, new DateOnly(2024, 6, 15));

        Assert.Equal(["age「达到法定劳动年龄」：UnderWorkingAge(16, 2024-06-15)"],
            Failed(dayBefore));
        AssertEligible(onTheDay, "age");
    }

    [Fact]
    public void Evaluate_TrainingHours_SumsRecordsInsideTheWindow()
    {
        var rules = new EligibilityRuleSet("t", 1,
            [new EligibilityCondition("train", "培训满40学时", [new EligibilityRequirement.TrainingHours(40m, 2)], Unconfirmed: true)]);
        var today = new DateOnly(2024, 6, 1);
        var enough = Evidence(new TrainingRecord("t1", 24m, new DateOnly(2023, 1, 1)), new TrainingRecord("t2", 16m, new DateOnly(2024, 5, 1)));
        var oneTooOld = Evidence(new TrainingRecord("t1", 24m, new DateOnly(2022, 6, 1)), new TrainingRecord("t2", 16m, new DateOnly(2024, 5, 1)));
        var tooFew = Evidence(new TrainingRecord("t1", 24m, new DateOnly(2023, 1, 1)), new TrainingRecord("t2", 15.5m, new DateOnly(2024, 5, 1)));

        AssertEligible(rules.Evaluate(enough, today), "train", "t1", "t2");
        Assert.Equal(["train「培训满40学时」：TrainingHoursShort(40, 16)"],
            Failed(rules.Evaluate(oneTooOld, today)));
        Assert.Equal(["train「培训满40学时」：TrainingHoursShort(40, 39.5)"],
            Failed(rules.Evaluate(tooFew, today)));
    }

    [Fact]
    public void Evaluate_EvidenceDatedAfterToday_DoesNotCount()
    {
        var evidence = Evidence(new Apprenticeship("a1", new DateOnly(2024, 1, 11)));

        Assert.IsType<EligibilityDecision.Ineligible>(Level(5).Evaluate(evidence, new DateOnly(2024, 1, 10)));
    }

    [Property(MaxTest = 200)]
    public Property Evaluate_OnePeriodSplitIntoTwoOrOverlapping_GivesTheSameDecision(PositiveInt startOffset, PositiveInt length, PositiveInt cut, PositiveInt overlap)
    {
        var from = new DateOnly(2000, 1, 1).AddDays(startOffset.Get % 4000);
        var end = from.AddDays(length.Get % 4000 + 1);
        var middle = from.AddDays(cut.Get % (end.DayNumber - from.DayNumber));
        var today = end.AddDays(overlap.Get % 3);
        var whole = Evidence(new WorkExperience("w", "家政服务员", from, end));
        var split = Evidence(new WorkExperience("a", "家政服务员", from, middle),
            new WorkExperience("b", "家政服务员", middle.AddDays(-(overlap.Get % 30)) < from ? from : middle.AddDays(-(overlap.Get % 30)), end));

        var expected = Level(4).Evaluate(whole, today) is EligibilityDecision.Eligible;
        var actual = Level(4).Evaluate(split, today) is EligibilityDecision.Eligible;
        var single = from.AddYears(6) <= end;

        return (expected == actual && expected == single).Label($"{from}..{end} cut {middle}");
    }

    // Each condition not met, as "id「title」：Reason(args)": the reason and every value its words need.
    private static List<string> Failed(EligibilityDecision decision) =>
        Assert.IsType<EligibilityDecision.Ineligible>(decision).Failed
            .Select(f => $"{f.ConditionId}「{f.Title}」：{f.Why.Reason}({string.Join(", ", f.Why.Args)})").ToList();

    private static void AssertEligible(EligibilityDecision decision, string conditionId, params string[] evidenceIds)
    {
        var eligible = Assert.IsType<EligibilityDecision.Eligible>(decision);
        Assert.Equal(conditionId, eligible.ConditionId);
        Assert.Equal(evidenceIds, eligible.EvidenceIds);
    }
}
