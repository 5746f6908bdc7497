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
            ["5-work「累计从事本职业或相关职业工作1年（含）以上」：累计从事本职业或相关职业工作不满 1 年，现计 0 年 364 天 (less than 1 years of work in this or a related occupation: 0 years 364 days counted)",
             "5-apprentice「本职业或相关职业学徒期满」：没有学徒期满证明 (no completed apprenticeship on record)"],
            Assert.IsType<EligibilityDecision.Ineligible>(dayBefore).FailedRules);
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

        Assert.Equal("5-work「累计从事本职业或相关职业工作1年（含）以上」：没有本职业或相关职业（家政服务员、4-10-01-06）的工作年限证明 (no work experience in this or a related occupation)",
            Assert.IsType<EligibilityDecision.Ineligible>(decision).FailedRules[0]);
    }

    [Fact]
    public void Evaluate_LevelFourCertificateRoute_CountsYearsFromTheIssueDate()
    {
        var evidence = Evidence(new PriorCertificate("c5", "4-10-01-06", 5, "S000023000456205000017", new DateOnly(2020, 6, 1)));

        var dayBefore = Level(4).Evaluate(evidence, new DateOnly(2024, 5, 31));
        var onTheDay = Level(4).Evaluate(evidence, new DateOnly(2024, 6, 1));

        Assert.Equal("4-cert「取得本职业五级/初级工证书后，累计从事本职业或相关职业工作4年（含）以上」：五级证书于 2020-06-01 取得，须满 4 年，即 2024-06-01 起方可申报 (the level-5 certificate was issued on 2020-06-01; 4 years are reached on 2024-06-01)",
            Assert.IsType<EligibilityDecision.Ineligible>(dayBefore).FailedRules[0]);
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
    [InlineData("S000023000456204000017", "证书编号 S000023000456204000017 的等级位为 4，与所称五级不符 (certificate number S000023000456204000017 carries level digit 4, not the claimed 5)")]
    [InlineData("1214010011400012", "证书编号 1214010011400012 的等级位为 4，与所称五级不符 (certificate number 1214010011400012 carries level digit 4, not the claimed 5)")]
    [InlineData("X000023000456205000017", "证书编号 X000023000456205000017 不是可接受的格式（职业技能等级证书、职业资格证书） (certificate number X000023000456205000017 has no accepted format)")]
    public void Evaluate_CertificateNumberNotMatchingTheClaimedLevel_IsRefused(string number, string reason)
    {
        var evidence = Evidence(new PriorCertificate("c5", "4-10-01-06", 5, number, new DateOnly(2015, 6, 1)));

        var decision = Level(4).Evaluate(evidence, new DateOnly(2024, 6, 1));

        Assert.Equal("4-cert「取得本职业五级/初级工证书后，累计从事本职业或相关职业工作4年（含）以上」：" + reason,
            Assert.IsType<EligibilityDecision.Ineligible>(decision).FailedRules[0]);
    }

    [Fact]
    public void Evaluate_LevelFourSixYearsInTwoPeriods_CountsTheWorkNotTheGap()
    {
        var evidence = Evidence(
            new WorkExperience("w1", "家政服务员", new DateOnly(2010, 1, 1), new DateOnly(2013, 1, 1)),
            new WorkExperience("w2", "家政服务员", new DateOnly(2015, 1, 1), null));

        var dayBefore = Level(4).Evaluate(evidence, new DateOnly(2017, 12, 31));
        var onTheDay = Level(4).Evaluate(evidence, new DateOnly(2018, 1, 1));

        Assert.Equal("4-work「累计从事本职业或相关职业工作6年（含）以上」：累计从事本职业或相关职业工作不满 6 年，现计 5 年 364 天 (less than 6 years of work in this or a related occupation: 5 years 364 days counted)",
            Assert.IsType<EligibilityDecision.Ineligible>(dayBefore).FailedRules[1]);
        AssertEligible(onTheDay, "4-work", "w1", "w2");
    }

    [Fact]
    public void Evaluate_LevelFourSchoolRoute_NeedsARelatedMajorAndTakesFinalYearStudents()
    {
        var today = new DateOnly(2024, 3, 1);
        var unrelated = Evidence(new Graduation("g1", SchoolKind.TechnicalSchool, false, new DateOnly(2020, 7, 1)));
        var finalYear = Evidence(new Graduation("g1", SchoolKind.SecondaryVocational, true, new DateOnly(2024, 7, 1)));
        var tooFar = Evidence(new Graduation("g1", SchoolKind.SecondaryVocational, true, new DateOnly(2025, 3, 2)));

        Assert.Equal("4-school「取得技工学校或以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：技工学校、中职毕业证书的专业不是本专业或相关专业 (the graduation is not in this or a related major)",
            Assert.IsType<EligibilityDecision.Ineligible>(Level(4).Evaluate(unrelated, today)).FailedRules[2]);
        AssertEligible(Level(4).Evaluate(finalYear, today), "4-school", "g1");
        Assert.Equal("4-school「取得技工学校或以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：技工学校、中职毕业日期晚于 2025-03-01 (graduation falls after 2025-03-01)",
            Assert.IsType<EligibilityDecision.Ineligible>(Level(4).Evaluate(tooFar, today)).FailedRules[2]);
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

        const string missing = "未持有本职业（4-10-01-06）四级证书 (no level-4 certificate of occupation 4-10-01-06)";
        Assert.Equal(
            [$"3-cert「取得本职业四级/中级工证书后，累计从事本职业或相关职业工作5年（含）以上」：{missing}",
             $"3-school「取得本职业四级/中级工证书，并具有高级技工学校、技师学院或高等职业学校本专业或相关专业毕业证书（含在校应届毕业生）」：{missing}",
             "3-college「具有大专及以上本专业或相关专业毕业证书，并取得本职业四级/中级工证书后，累计从事本职业或相关职业工作2年（含）以上」：没有高职、大专、本科、研究生毕业证书 (no graduation certificate from: HigherVocational, JuniorCollege, Bachelor, Postgraduate)"],
            Assert.IsType<EligibilityDecision.Ineligible>(decision).FailedRules);
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

        Assert.Equal(["age「达到法定劳动年龄」：未满 16 周岁，2024-06-15 方满 (younger than 16: reaches it on 2024-06-15)"],
            Assert.IsType<EligibilityDecision.Ineligible>(dayBefore).FailedRules);
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
        Assert.Equal(["train「培训满40学时」：培训学时不足 40，现计 16 学时 (fewer than 40 training hours: 16 counted)"],
            Assert.IsType<EligibilityDecision.Ineligible>(rules.Evaluate(oneTooOld, today)).FailedRules);
        Assert.Equal(["train「培训满40学时」：培训学时不足 40，现计 39.5 学时 (fewer than 40 training hours: 39.5 counted)"],
            Assert.IsType<EligibilityDecision.Ineligible>(rules.Evaluate(tooFew, today)).FailedRules);
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

    private static void AssertEligible(EligibilityDecision decision, string conditionId, params string[] evidenceIds)
    {
        var eligible = Assert.IsType<EligibilityDecision.Eligible>(decision);
        Assert.Equal(conditionId, eligible.ConditionId);
        Assert.Equal(evidenceIds, eligible.EvidenceIds);
    }
}
