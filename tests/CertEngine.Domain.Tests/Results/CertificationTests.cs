using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Results;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Results;

public sealed class CertificationTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static Track Track(RetakePolicy? retake = null, bool review = false)
    {
        List<TrackComponent> components =
        [
            new(ComponentKind.Theory, 90, 60m, null),
            new(ComponentKind.Practical, 90, 60m, PracticalPolicy.Default),
        ];
        if (review)
        {
            components.Add(new(ComponentKind.Review, 20, 60m, PracticalPolicy.Default));
        }

        var eligibility = new EligibilityRuleSet("r", 1, [new EligibilityCondition("a", "学徒期满", [new EligibilityRequirement.ApprenticeshipCompleted()], false)]);
        return new Track(new TrackKey("4-10-01-06", "家务服务员", 5), "家政服务员（家务服务员）五级/初级工", "家政服务员", "五级/初级工",
            "4-10-01-06", 1, components, eligibility, retake ?? RetakePolicy.Default, MultipleChoicePolicy.AllOrNothing, CertificateKind.SkillLevel);
    }

    private static ComponentResult Theory(decimal score, DateOnly on, bool isVoid = false) => new(ComponentKind.Theory, score, 60m, on, $"s-{on:yyyyMMdd}", isVoid);

    private static ComponentResult Practical(decimal score, DateOnly on, bool isVoid = false) => new(ComponentKind.Practical, score, 60m, on, $"s-{on:yyyyMMdd}", isVoid);

    [Theory]
    [InlineData(60, false, true)]
    [InlineData(59.99, false, false)]
    [InlineData(100, true, false)]
    [InlineData(0, false, false)]
    public void Passed_ScoreAgainstPassMark_SixtyItselfPasses(decimal score, bool isVoid, bool expected)
    {
        Assert.Equal(expected, Theory(score, Day, isVoid).Passed);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Constructor_ScoreOutsideZeroToHundred_Throws(decimal score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Theory(score, Day));
    }

    [Fact]
    public void Decide_NoResults_IsNotYetWithEveryComponentMissing()
    {
        var decision = Certification.Decide(Track(), [], Day);

        var notYet = Assert.IsType<CertificationDecision.NotYet>(decision);
        Assert.Equal([new ComponentProgress(ComponentKind.Theory, 0, 1, null), new ComponentProgress(ComponentKind.Practical, 0, 1, null)], notYet.Missing);
        Assert.Empty(notYet.Passed);
        Assert.Null(notYet.WindowEnds);
        Assert.Equal(new SittingDecision.Allowed { StartsNewCycle = true }, Certification.CanSit(Track(), [], ComponentKind.Practical, Day));
    }

    [Fact]
    public void Decide_EveryComponentPassed_IsReadyWithTheCountedResults()
    {
        ComponentResult[] results = [Practical(60m, Day), Theory(88m, Day)];

        var decision = Certification.Decide(Track(), results, Day);

        Assert.Equal([results[1], results[0]], Assert.IsType<CertificationDecision.Ready>(decision).Counted);
        Assert.Equal(CertificationRefusal.AllPassed,
            Assert.IsType<SittingDecision.Refused>(Certification.CanSit(Track(), results, ComponentKind.Theory, Day)).Why.Reason);
    }

    [Fact]
    public void CanSit_AfterFailingOnePart_RetakesOnlyThatPartWithinTheWindow()
    {
        ComponentResult[] results = [Theory(75m, Day), Practical(59.99m, Day)];
        var later = Day.AddDays(40);

        var decision = Certification.Decide(Track(), results, later);
        var theory = Certification.CanSit(Track(), results, ComponentKind.Theory, later);
        var practical = Certification.CanSit(Track(), results, ComponentKind.Practical, later);

        var notYet = Assert.IsType<CertificationDecision.NotYet>(decision);
        Assert.Equal([new ComponentProgress(ComponentKind.Practical, 1, 1, new DateOnly(2026, 3, 1))], notYet.Missing);
        Assert.Equal([results[0]], notYet.Passed);
        Assert.Equal(new DateOnly(2026, 3, 1), notYet.WindowEnds);
        var alreadyPassed = Assert.IsType<SittingDecision.Refused>(theory).Why;
        Assert.Equal((CertificationRefusal.AlreadyPassed, "Theory,2025-03-01,2026-03-01"), (alreadyPassed.Reason, string.Join(',', alreadyPassed.Args)));
        Assert.Equal(new SittingDecision.Allowed { IsRetake = true }, practical);
    }

    [Fact]
    public void Decide_RetakePassedOnTheWindowsLastDay_IsReady()
    {
        var lastDay = Day.AddDays(365);
        ComponentResult[] results = [Theory(75m, Day), Practical(40m, Day), Practical(61m, lastDay)];

        var decision = Certification.Decide(Track(), results, lastDay.AddDays(10));

        Assert.Equal([results[0], results[2]], Assert.IsType<CertificationDecision.Ready>(decision).Counted);
    }

    [Fact]
    public void Decide_WindowEndedBeforeTheRetake_LapsesAndTheNextSittingStartsAgain()
    {
        var dayAfter = Day.AddDays(366);
        ComponentResult[] failed = [Theory(75m, Day), Practical(40m, Day)];
        ComponentResult[] retookLate = [.. failed, Practical(80m, dayAfter)];

        var lapsed = Certification.Decide(Track(), failed, dayAfter);
        var sit = Certification.CanSit(Track(), failed, ComponentKind.Practical, dayAfter);
        var afterRetake = Certification.Decide(Track(), retookLate, dayAfter);

        var lapse = Assert.IsType<CertificationDecision.Lapsed>(lapsed);
        Assert.Equal((LapseCause.WindowEnded, Day, new DateOnly(2026, 3, 1)), (lapse.Cause, lapse.CycleStarted, lapse.WindowEnds));
        Assert.Equal([failed[0]], lapse.LapsedPassed);
        Assert.Equal((CertificationRefusal.WindowEnded, "2025-03-01,2026-03-01"), (lapse.Why.Reason, string.Join(',', lapse.Why.Args)));
        Assert.Equal(new SittingDecision.Allowed { StartsNewCycle = true }, sit);
        var notYet = Assert.IsType<CertificationDecision.NotYet>(afterRetake);
        Assert.Equal([new ComponentProgress(ComponentKind.Theory, 0, 1, dayAfter.AddDays(365))], notYet.Missing);
        Assert.Equal([retookLate[2]], notYet.Passed);
    }

    [Fact]
    public void Decide_RetakesExhausted_LapsesAtOnce()
    {
        ComponentResult[] results = [Theory(75m, Day), Practical(40m, Day), Practical(50m, Day.AddDays(30))];

        var once = Certification.Decide(Track(), results, Day.AddDays(31));
        var twice = Certification.Decide(Track(new RetakePolicy(365, 2)), results, Day.AddDays(31));
        var none = Certification.Decide(Track(new RetakePolicy(365, 0)), results[..2], Day);

        var lapsed = Assert.IsType<CertificationDecision.Lapsed>(once);
        Assert.Equal((LapseCause.RetakesExhausted, Day, new DateOnly(2026, 3, 1)), (lapsed.Cause, lapsed.CycleStarted, lapsed.WindowEnds));
        Assert.Equal([results[0]], lapsed.LapsedPassed);
        Assert.Equal([new ComponentProgress(ComponentKind.Practical, 2, 1, new DateOnly(2026, 3, 1))], Assert.IsType<CertificationDecision.NotYet>(twice).Missing);
        Assert.Equal(LapseCause.RetakesExhausted, Assert.IsType<CertificationDecision.Lapsed>(none).Cause);
        Assert.Equal(new SittingDecision.Allowed { StartsNewCycle = true }, Certification.CanSit(Track(), results, ComponentKind.Theory, Day.AddDays(31)));
    }

    [Fact]
    public void Decide_AfterRetakesExhausted_ANewCycleNeedsEveryComponentAgain()
    {
        ComponentResult[] results = [Theory(75m, Day), Practical(40m, Day), Practical(50m, Day.AddDays(30)), Practical(90m, Day.AddDays(60))];

        var decision = Certification.Decide(Track(), results, Day.AddDays(60));

        var notYet = Assert.IsType<CertificationDecision.NotYet>(decision);
        Assert.Equal([new ComponentProgress(ComponentKind.Theory, 0, 1, Day.AddDays(60 + 365))], notYet.Missing);
        Assert.Equal([results[3]], notYet.Passed);
    }

    [Fact]
    public void Decide_VoidResult_BlocksEvenWhenEverythingElsePassed()
    {
        ComponentResult[] results = [Theory(80m, Day), Practical(95m, Day, isVoid: true), Practical(90m, Day.AddDays(20))];

        var decision = Certification.Decide(Track(), results, Day.AddDays(30));
        var sit = Certification.CanSit(Track(), results, ComponentKind.Practical, Day.AddDays(30));

        var blocked = Assert.IsType<CertificationDecision.Blocked>(decision).Why;
        Assert.Equal((CertificationRefusal.VoidResult, "2025-03-01,s-20250301,Practical"), (blocked.Reason, string.Join(',', blocked.Args)));
        var refused = Assert.IsType<SittingDecision.Refused>(sit).Why;
        Assert.Equal((blocked.Reason, blocked.Args), (refused.Reason, refused.Args), (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2));
    }

    [Fact]
    public void Decide_ResultsSatAfterToday_AreNotYetKnown()
    {
        ComponentResult[] results = [Theory(80m, Day), Practical(80m, Day.AddDays(10))];

        var decision = Certification.Decide(Track(), results, Day.AddDays(9));

        Assert.Equal([ComponentKind.Practical], Assert.IsType<CertificationDecision.NotYet>(decision).Missing.Select(m => m.Kind));
    }

    [Fact]
    public void Decide_LevelTwoTrack_NeedsTheReviewToo()
    {
        ComponentResult[] results = [Theory(80m, Day), Practical(80m, Day)];

        var decision = Certification.Decide(Track(review: true), results, Day);
        var sit = Certification.CanSit(Track(), results, ComponentKind.Review, Day);

        Assert.Equal([ComponentKind.Review], Assert.IsType<CertificationDecision.NotYet>(decision).Missing.Select(m => m.Kind));
        var noReview = Assert.IsType<SittingDecision.Refused>(sit).Why;
        Assert.Equal((CertificationRefusal.NoSuchComponent, "Review"), (noReview.Reason, string.Join(',', noReview.Args)));
    }

    [Fact]
    public void Decide_ResultForAComponentTheTrackLacks_Throws()
    {
        ComponentResult[] results = [new(ComponentKind.Review, 80m, 60m, Day, "s", false)];

        Assert.Throws<ArgumentException>(() => Certification.Decide(Track(), results, Day));
    }

    [Property(MaxTest = 300)]
    public Property Decide_FirstSittingsOnOneDay_AreReadyExactlyWhenBothReachThePassMark(NonNegativeInt theoryHundredths, NonNegativeInt practicalHundredths)
    {
        var theory = theoryHundredths.Get % 10_001 / 100m;
        var practical = practicalHundredths.Get % 10_001 / 100m;

        var decision = Certification.Decide(Track(), [Theory(theory, Day), Practical(practical, Day)], Day);

        return ((decision is CertificationDecision.Ready) == (theory >= 60m && practical >= 60m)).Label($"{theory} / {practical}");
    }
}
