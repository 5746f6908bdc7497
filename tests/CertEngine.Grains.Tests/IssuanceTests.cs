using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

[Collection(ExamClusterCollection.Name)]
public sealed class IssuanceTests(ExamClusterFixture fixture)
{
    private ICertificationTrackGrain Track => fixture.Client.GetGrain<ICertificationTrackGrain>(ExamDay.Track5);

    private Task RecordAsync(string id, ExamComponent component, decimal score) =>
        fixture.Client.GetGrain<ICandidateGrain>(id).RecordResultAsync(
            new ComponentResultRecord(ExamDay.Track5, component, score, 60, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), "S-" + component, false));

    [Fact]
    public async Task Open_ALevelTheStandardLacks_IsRefused()
    {
        var reply = await fixture.Client.GetGrain<ICertificationTrackGrain>("4-10-01-06/1").OpenAsync(1, "admin");

        Assert.False(reply.Accepted);
        Assert.Null(await fixture.Client.GetGrain<ICertificationTrackGrain>("4-10-01-06/1").GetAsync());
    }

    [Fact]
    public async Task RegisterCandidate_WithoutEvidence_IsRefusedWithTheRuleThatFailed()
    {
        var day = new ExamDay(fixture);
        await day.OpenTrackAsync();
        var id = ExamDay.NewIdNumber();
        ExamDay.Expect(await fixture.Client.GetGrain<ICandidateGrain>(id).RegisterAsync(new CandidateProfile("王秀英", id, null, []), "centre"));

        var reply = await Track.RegisterCandidateAsync(id, [], "centre");

        Assert.False(reply.Accepted);
        Assert.Equal(RefusalCode.TrackNotEligible, reply.Reason?.Code);
        // Every condition is listed with why it failed: here the work route, for want of any work on record.
        Assert.Contains(reply.Reason!.Details!, d => d.Code == RefusalCode.TrackConditionNotMet && d.Cause?.Code == RefusalCode.EligibilityNoWorkExperience);
        Assert.All(reply.Reason!.Details!, d => Assert.Equal(RefusalCode.TrackConditionNotMet, d.Code));
        Assert.Null((await fixture.Client.GetGrain<ICandidateGrain>(id).GetAsync())!.Enrolments.FirstOrDefault());
    }

    [Fact]
    public async Task Register_ABadIdNumber_IsRefused()
    {
        var good = ExamDay.NewIdNumber();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var reply = await fixture.Client.GetGrain<ICandidateGrain>(bad).RegisterAsync(new CandidateProfile("李梅", bad, null, []), "centre");

        Assert.False(reply.Accepted);
        Assert.Equal(RefusalCode.CandidateIdCheckCharacter, reply.Reason?.Code);
    }

    [Fact]
    public async Task CheckCertificate_SaysWhatIssuingWouldDo_AndIssuesNothing()
    {
        var ids = await new ExamDay(fixture).EnrolAsync(2);
        await RecordAsync(ids[0], ExamComponent.Theory, 75);
        await RecordAsync(ids[0], ExamComponent.Practical, 70);
        await RecordAsync(ids[1], ExamComponent.Theory, 75);

        var ready = await Track.CheckCertificateAsync(ids[0]);
        var notYet = await Track.CheckCertificateAsync(ids[1]);
        var held = (await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetAsync())!.Certificates;
        var issued = await Track.IssueCertificateAsync(ids[0], "manager");
        var after = await Track.CheckCertificateAsync(ids[0]);

        Assert.Equal((IssueOutcome.Issued, null), (ready.Outcome, ready.Number));
        Assert.Empty(held);
        Assert.Equal((IssueOutcome.NotReady, RefusalCode.TrackNotReady, RefusalCode.CertificationNotYetPassed), (notYet.Outcome, notYet.Reason?.Code, notYet.Reason?.Cause?.Code));
        Assert.Equal((IssueOutcome.AlreadyIssued, issued.Number), (after.Outcome, after.Number));
    }

    [Fact]
    public async Task Issue_BeforeEveryPartPassed_IsNotReady()
    {
        var ids = await new ExamDay(fixture).EnrolAsync(1);
        await RecordAsync(ids[0], ExamComponent.Theory, 75);

        var reply = await Track.IssueCertificateAsync(ids[0], "manager");

        Assert.Equal(IssueOutcome.NotReady, reply.Outcome);
        Assert.Null(reply.Number);
    }

    [Fact]
    public async Task CanSit_AfterAFailedPart_AllowsOnlyThatPartAgain_ThenIssues()
    {
        var ids = await new ExamDay(fixture).EnrolAsync(1);
        await RecordAsync(ids[0], ExamComponent.Theory, 59.5m);
        await RecordAsync(ids[0], ExamComponent.Practical, 82);

        var theory = await Track.CanSitAsync(ids[0], ExamComponent.Theory);
        var practical = await Track.CanSitAsync(ids[0], ExamComponent.Practical);
        await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).RecordResultAsync(
            new ComponentResultRecord(ExamDay.Track5, ExamComponent.Theory, 60, 60, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), "S-retake", false));
        var issued = await Track.IssueCertificateAsync(ids[0], "manager");

        Assert.True(theory.Accepted, ExamDay.Why(theory));
        Assert.False(practical.Accepted);
        Assert.Equal(IssueOutcome.Issued, issued.Outcome);
    }

    [Fact]
    public async Task Issue_TwoHundredConcurrentRequests_IssueExactlyOneCertificate()
    {
        var ids = await new ExamDay(fixture).EnrolAsync(1);
        await RecordAsync(ids[0], ExamComponent.Theory, 75);
        await RecordAsync(ids[0], ExamComponent.Practical, 60);

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Track.IssueCertificateAsync(ids[0], "manager")));

        var number = Assert.Single(replies.Select(r => r.Number).Distinct());
        Assert.NotNull(number);
        Assert.Single(replies, r => r.Outcome == IssueOutcome.Issued);
        Assert.Equal(199, replies.Count(r => r.Outcome == IssueOutcome.AlreadyIssued));
        Assert.Matches("^S00001404000126[5]\\d{6}$", number);
        var held = (await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetAsync())!.Certificates;
        Assert.Single(held);
        var certificate = (await fixture.Client.GetGrain<ICertificateGrain>(number!).GetAsync())!;
        Assert.Equal("valid", certificate.Status);
        Assert.Equal("家务服务员", certificate.Fields.WorkType);
        Assert.Equal("五级/初级工", certificate.Fields.LevelDisplay);
        Assert.Contains($"/v/{number}?t=", replies.First(r => r.Outcome == IssueOutcome.Issued).VerifyUrl);
    }

    [Fact]
    public async Task Certificate_Lifecycle_KeepsEveryStepWithItsReason_AndRevokedIsFinal()
    {
        var ids = await new ExamDay(fixture).EnrolAsync(1);
        await RecordAsync(ids[0], ExamComponent.Theory, 80);
        await RecordAsync(ids[0], ExamComponent.Practical, 80);
        var number = (await Track.IssueCertificateAsync(ids[0], "manager")).Number!;
        var certificate = fixture.Client.GetGrain<ICertificateGrain>(number);

        ExamDay.Expect(await certificate.SuspendAsync("manager", "举报待核查"));
        ExamDay.Expect(await certificate.ReinstateAsync("manager", "核查无误"));
        var reissue = await Track.ReissueCertificateAsync(number, "manager", "证书遗失补发");
        var revokeOld = await certificate.RevokeAsync("manager", "x");
        var replacement = fixture.Client.GetGrain<ICertificateGrain>(reissue.Number!);
        ExamDay.Expect(await replacement.RevokeAsync("manager", "考试作弊查实"));
        var reinstate = await replacement.ReinstateAsync("manager", "误撤");
        var noReason = await certificate.SuspendAsync("manager", "");

        var old = (await certificate.GetAsync())!;
        Assert.Equal("reissued", old.Status);
        Assert.Equal(reissue.Number, old.ReplacedBy);
        Assert.Equal(["valid", "suspended", "valid", "reissued"], old.History.Select(h => h.Status));
        Assert.False(revokeOld.Accepted);
        Assert.False(reinstate.Accepted);
        Assert.False(noReason.Accepted);
        Assert.Equal("revoked", (await replacement.GetAsync())!.Status);
    }
}
