using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

/// <summary>一人多证 on the enrolment and issue paths: a certificate of the same occupation at the same or a higher level refuses.</summary>
[Collection(ExamClusterCollection.Name)]
public sealed class RepeatCertificationTests(ExamClusterFixture fixture)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";

    private ICertificationTrackGrain Track(string key) => fixture.Client.GetGrain<ICertificationTrackGrain>(key);

    // Enrolled on both levels (seven years of work meet 四级's work route), every part of both passed.
    private async Task<string> PassedBothLevelsAsync()
    {
        var day = new ExamDay(fixture);
        var id = (await day.EnrolAsync(1, ExamDay.Track5, ExamDay.WorkYears(7)))[0];
        await day.OpenTrackAsync(Track4);
        ExamDay.Expect(await Track(Track4).RegisterCandidateAsync(id, ExamDay.WorkYears(7), "centre"));
        foreach (var track in new[] { ExamDay.Track5, Track4 })
        {
            foreach (var component in new[] { ExamComponent.Theory, ExamComponent.Practical })
            {
                await fixture.Client.GetGrain<ICandidateGrain>(id).RecordResultAsync(new ComponentResultRecord(
                    track, component, 80, 60, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), $"S-{track}-{component}", false));
            }
        }

        return id;
    }

    [Fact]
    public async Task Issue_WhenAHigherLevelIsHeld_IsRefusedWithTheReason_AndIssuesNothing()
    {
        var id = await PassedBothLevelsAsync();
        var higher = await Track(Track4).IssueCertificateAsync(id, "manager");

        var check = await Track(ExamDay.Track5).CheckCertificateAsync(id);
        var lower = await Track(ExamDay.Track5).IssueCertificateAsync(id, "manager");

        Assert.Equal(IssueOutcome.Issued, higher.Outcome);
        Assert.Equal((IssueOutcome.Refused, RefusalCode.RepeatCertificationHigherLevelHeld), (lower.Outcome, lower.Reason?.Code));
        Assert.Equal([higher.Number!, Track4], lower.Reason!.Args);
        Assert.Equal(RefusalCode.RepeatCertificationHigherLevelHeld, check.Reason?.Code);
        Assert.Equal([higher.Number], (await fixture.Client.GetGrain<ICandidateGrain>(id).GetAsync())!.Certificates.Select(c => c.Number));
    }

    [Fact]
    public async Task Issue_WhenOnlyALowerLevelIsHeld_Issues()
    {
        var id = await PassedBothLevelsAsync();
        var lower = await Track(ExamDay.Track5).IssueCertificateAsync(id, "manager");

        var higher = await Track(Track4).IssueCertificateAsync(id, "manager");

        Assert.Equal((IssueOutcome.Issued, IssueOutcome.Issued), (lower.Outcome, higher.Outcome));
    }

    [Fact]
    public async Task Issue_WhenTheHigherLevelWasRevoked_Issues()
    {
        var id = await PassedBothLevelsAsync();
        var higher = await Track(Track4).IssueCertificateAsync(id, "manager");
        ExamDay.Expect(await fixture.Client.GetGrain<ICertificateGrain>(higher.Number!).RevokeAsync("manager", "考试作弊查实"));

        var lower = await Track(ExamDay.Track5).IssueCertificateAsync(id, "manager");

        Assert.Equal(IssueOutcome.Issued, lower.Outcome);
    }

    [Fact]
    public async Task Enrol_WhenTheSameLevelIsHeld_IsRefused_AndAHigherLevelHeldRefusesALowerOne()
    {
        var id = await PassedBothLevelsAsync();
        var issued = await Track(Track4).IssueCertificateAsync(id, "manager");

        var again = await Track(Track4).RegisterCandidateAsync(id, ExamDay.WorkYears(7), "centre");
        var lower = await Track(ExamDay.Track5).RegisterCandidateAsync(id, ExamDay.WorkYears(7), "centre");

        Assert.Equal((false, RefusalCode.RepeatCertificationSameLevelHeld), (again.Accepted, again.Reason?.Code));
        Assert.Equal(issued.Number, again.Reason!.Args[0]);
        Assert.Equal((false, RefusalCode.RepeatCertificationHigherLevelHeld), (lower.Accepted, lower.Reason?.Code));
    }

    [Fact]
    public async Task Reissue_OfAHeldCertificate_IsNotRefused()
    {
        var id = await PassedBothLevelsAsync();
        var issued = await Track(ExamDay.Track5).IssueCertificateAsync(id, "manager");

        var reissued = await Track(ExamDay.Track5).ReissueCertificateAsync(issued.Number!, "manager", "证书遗失补发");

        Assert.Equal(IssueOutcome.Issued, reissued.Outcome);
        Assert.NotEqual(issued.Number, reissued.Number);
    }
}
