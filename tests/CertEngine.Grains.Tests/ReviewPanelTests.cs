using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

/// <summary>
/// 综合评审 (审阅申报材料 plus 答辩) at 家政服务员 二级/技师: a panel of ≥ 3, odd, each member giving one blind total out of
/// 100, combined as a practical task is (RULES.md §2, §4, §7), and a certificate that needs theory, practical and review.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class ReviewPanelTests(ExamClusterFixture fixture)
{
    public const string Track2 = "4-10-01-06/2";

    private readonly ExamDay _day = new(fixture);

    private static DateOnly Today => DateOnly.FromDateTime(ExamClusterFixture.Epoch.UtcDateTime);

    private ICertificationTrackGrain Track => fixture.Client.GetGrain<ICertificationTrackGrain>(Track2);

    /// <summary>Route 2-cert: a 三级 certificate of this occupation (level digit 3 at position 16) held five years.</summary>
    private static IReadOnlyList<Evidence> ThirdLevelHeldFiveYears() =>
        [new Evidence("cert-3", "certificate", Today.AddYears(-5), null, "4-10-01-06", 3, "S201404001000013000012", null, false, 0)];

    private static ScoreSheet Total(decimal total) => new(new Dictionary<string, decimal> { ["total"] = total }, [], null);

    private IPracticalAttemptGrain Review(string id) => fixture.Client.GetGrain<IPracticalAttemptGrain>($"{_day.SessionId}/{id}");

    private async Task<IPracticalAttemptGrain> SitReviewAsync()
    {
        var ids = await _day.EnrolAsync(1, Track2, ThirdLevelHeldFiveYears());
        await _day.ReadySessionAsync(ids, ExamComponent.Review, Track2);
        return Review(ids[0]);
    }

    [Fact]
    public async Task Panel_ScoresWithinTheThreshold_ScoreTheMean_AndRecordThePart()
    {
        var review = await SitReviewAsync();
        var view = (await review.GetAssessorViewAsync("assessor-2"))!;

        ExamDay.Expect(await review.SubmitSheetAsync("assessor-1", "review", Total(80)));
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-2", "review", Total(84)));
        var partial = (await review.GetStatusAsync())!;
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-3", "review", Total(89)));
        var status = (await review.GetStatusAsync())!;

        Assert.Equal(["review"], view.Tasks.Select(t => t.TaskId));
        Assert.Equal(100m, view.Tasks[0].Points);
        Assert.Empty(view.Tasks[0].Rubric);
        Assert.Equal("awaiting", partial.Tasks[0].State);
        Assert.Null(partial.Score);
        Assert.Equal(ExamComponent.Review, status.Component);
        Assert.Equal("scored", status.Tasks[0].State);
        Assert.Equal(84.33m, status.Score);
        Assert.True(status.Passed);
    }

    [Fact]
    public async Task Panel_SpreadAboveFifteen_IsHeldForTheChief_WhoseDecisionIsThePart()
    {
        var review = await SitReviewAsync();
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-1", "review", Total(62)));
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-2", "review", Total(70)));
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-3", "review", Total(78)));

        var held = (await review.GetStatusAsync())!;
        var notChief = await review.AdjudicateAsync("assessor-3", "review", 75, "答辩录像复核");
        ExamDay.Expect(await review.AdjudicateAsync("assessor-1", "review", 72, "答辩录像复核：申报材料真实，答辩要点基本完整"));
        var decided = (await review.GetStatusAsync())!;

        Assert.Equal("adjudication", held.Tasks[0].State);
        Assert.Null(held.Score);
        Assert.Equal(RefusalCode.PracticalOnlyChiefAdjudicates, notChief.Reason?.Code);
        Assert.Empty(notChief.Reason!.Args);
        Assert.Equal("adjudicated", decided.Tasks[0].State);
        Assert.Equal(72m, decided.Score);
        Assert.True(decided.Passed);
    }

    [Fact]
    public async Task Panel_SpreadOfExactlyFifteen_IsNotHeld()
    {
        var review = await SitReviewAsync();

        ExamDay.Expect(await review.SubmitSheetAsync("assessor-1", "review", Total(50)));
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-2", "review", Total(58)));
        ExamDay.Expect(await review.SubmitSheetAsync("assessor-3", "review", Total(65)));
        var status = (await review.GetStatusAsync())!;

        Assert.Equal("scored", status.Tasks[0].State);
        Assert.Equal(57.67m, status.Score);
        Assert.False(status.Passed);
    }

    [Fact]
    public async Task Panel_SheetNamingAVeto_IsRefused_AsTheReviewHasNoVetoItems()
    {
        var review = await SitReviewAsync();

        var refused = await review.SubmitSheetAsync("assessor-1", "review", Total(80) with { Vetoes = [0] });
        var status = (await review.GetStatusAsync())!;

        Assert.Equal(RefusalCode.PracticalVetoOutOfRange, refused.Reason?.Code);
        Assert.Equal(["0", "0"], refused.Reason!.Args);
        Assert.Equal(0, status.Tasks[0].SheetsIn);
    }

    [Fact]
    public async Task Schedule_PanelOfFour_IsRefusedAsEven()
    {
        var ids = await _day.EnrolAsync(1, Track2, ThirdLevelHeldFiveYears());
        var plan = _day.Plan(ids, ExamComponent.Review, Track2) with { Assessors = ["assessor-1", "assessor-2", "assessor-3", "assessor-4"] };

        var refused = await fixture.Client.GetGrain<Contracts.Sessions.IExamSessionGrain>(_day.SessionId).ScheduleAsync(plan, "manager");

        Assert.Equal("StaffingPanelShortOrEven(3,4)", ExamDay.Why(refused));
    }

    [Fact]
    public async Task Issue_SecondLevel_NeedsTheoryPracticalAndReview_ThenIssuesOnce()
    {
        var ids = await _day.EnrolAsync(1, Track2, ThirdLevelHeldFiveYears());
        var candidate = fixture.Client.GetGrain<ICandidateGrain>(ids[0]);
        await candidate.RecordResultAsync(new ComponentResultRecord(Track2, ExamComponent.Theory, 71, 60, Today, "S-theory", false));
        await candidate.RecordResultAsync(new ComponentResultRecord(Track2, ExamComponent.Practical, 66, 60, Today, "S-practical", false));
        var beforeReview = await Track.IssueCertificateAsync(ids[0], "manager");

        await _day.ReadySessionAsync(ids, ExamComponent.Review, Track2);
        var review = Review(ids[0]);
        foreach (var (assessor, total) in new[] { ("assessor-1", 70m), ("assessor-2", 74m), ("assessor-3", 78m) })
        {
            ExamDay.Expect(await review.SubmitSheetAsync(assessor, "review", Total(total)));
        }

        var issued = await Track.IssueCertificateAsync(ids[0], "manager");
        var again = await Track.IssueCertificateAsync(ids[0], "manager");
        var results = await candidate.GetResultsAsync(Track2);

        Assert.Equal(IssueOutcome.NotReady, beforeReview.Outcome);
        Assert.Equal([(ExamComponent.Theory, 71m), (ExamComponent.Practical, 66m), (ExamComponent.Review, 74m)], results.Select(r => (r.Component, r.Score)));
        Assert.Equal(IssueOutcome.Issued, issued.Outcome);
        Assert.Matches("^S[0-9]{21}$", issued.Number);
        Assert.Equal('2', issued.Number![15]);
        Assert.Equal((IssueOutcome.AlreadyIssued, issued.Number), (again.Outcome, again.Number));
    }
}
