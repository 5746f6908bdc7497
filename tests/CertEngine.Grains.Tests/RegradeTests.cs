using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tests;

[Collection(ExamClusterCollection.Name)]
public sealed class RegradeTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    private IAttemptGrain Attempt(string id) => fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{id}");

    [Fact]
    public async Task Regrade_DryRunListsEveryChange_ThenTheRealRunAppliesItWithAnAuditRecord()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var record = (await Attempt(ids[0]).GetPaperRecordAsync())!;
        var paper = (await Attempt(ids[0]).GetPaperAsync())!;
        var judge = Enumerable.Range(0, record.Items.Count).First(i => ExamClusterFixture.IsCorrected(record.Items[i].Split('@')[0]) && paper.Questions[i].Type == "judge");
        Assert.True((await Attempt(ids[0]).SaveAnswerAsync(judge, ["true"])).Saved);
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(90));
        var before = (await Attempt(ids[0]).GetResultAsync())!.Score;

        var dryRun = await session.RegradeAsync(2, dryRun: true, "admin", "");
        var unchanged = (await Attempt(ids[0]).GetResultAsync())!.Score;
        var real = await session.RegradeAsync(2, dryRun: false, "admin", "勘误：职业道德判断题答案更正");
        var after = (await Attempt(ids[0]).GetResultAsync())!.Score;
        var recorded = await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetResultsAsync(ExamDay.Track5);
        var audit = await fixture.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();

        Assert.Null(dryRun.Reason);
        var line = Assert.Single(dryRun.Changes);
        Assert.Equal(1, line.Seat);
        Assert.Equal(before, line.OldScore);
        Assert.Equal(1m, Math.Abs(line.NewScore - line.OldScore));
        Assert.Equal(before, unchanged);
        Assert.Equal(line.NewScore, Assert.Single(real.Changes).NewScore);
        Assert.Equal(line.NewScore, after);
        Assert.Equal(after, Assert.Single(recorded).Score);
        Assert.Contains(audit, a => a.Action == "attempt.regraded" && a.Reason.Contains("勘误", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "session.regrade-dry-run");
        Assert.DoesNotContain(audit, a => a.Details.Contains(ids[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Regrade_ToTheSameVersion_IsRefused()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);

        var report = await session.RegradeAsync(1, dryRun: true, "admin", "");

        Assert.Equal(RefusalCode.SessionRegradeVersionNotNewer, report.Reason?.Code);
        Assert.Empty(report.Changes);
    }

    [Fact]
    public async Task SessionAudit_RecordsEveryTransitionWithWhoAndWhy()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        ExamDay.Expect(await session.PauseAsync("proctor-2", "考场停电"));
        ExamDay.Expect(await session.ResumeAsync("proctor-2", "供电恢复"));
        ExamDay.Expect(await session.ExtendAsync(ids[0], 10, "proctor-1", "停电期间设备重启"));
        ExamDay.Expect(await session.CloseAsync("proctor-1", "考试结束"));

        var audit = await fixture.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();

        Assert.Equal(
            ["session.scheduled", "session.check-in-opened", "session.started", "session.paused", "session.resumed", "session.extended", "attempt.closed", "session.closed"],
            audit.Select(a => a.Action));
        Assert.Contains(audit, a => a.Action == "session.paused" && a.Actor == "proctor-2" && a.Reason == "考场停电");
        Assert.All(audit, a => Assert.Equal(fixture.Clock.GetUtcNow(), a.At));
    }
}
