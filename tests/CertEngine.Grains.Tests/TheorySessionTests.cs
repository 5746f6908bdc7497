using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;

namespace CertEngine.Grains.Tests;

[Collection(ExamClusterCollection.Name)]
public sealed class TheorySessionTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    private IAttemptGrain Attempt(string id) => fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{id}");

    [Fact]
    public async Task OpenCheckIn_AssemblesEveryPaperBeforeTheStart_ReproduciblyPerSeat()
    {
        var ids = await _day.EnrolAsync(3);

        var session = await _day.ReadySessionAsync(ids);

        var records = new List<PaperRecord>();
        foreach (var id in ids)
        {
            records.Add((await Attempt(id).GetPaperRecordAsync())!);
        }

        var snapshot = (await session.GetAsync())!;
        Assert.Equal(SessionStatus.CheckIn, snapshot.Status);
        Assert.All(records, r => Assert.Equal(100, r.Items.Count));
        Assert.All(records, r => Assert.Equal(snapshot.Seed, r.SessionSeed));
        Assert.Equal(new[] { 1, 2, 3 }, records.Select(r => r.Seat));
        Assert.Empty(records[0].Items.Intersect(records[1].Items));
        var paper = (await Attempt(ids[0]).GetPaperAsync())!;
        Assert.Equal(AttemptStatus.Ready, paper.Status);
        Assert.DoesNotContain(paper.Questions, q => q.Stem.Length == 0);
    }

    [Fact]
    public async Task SaveAnswer_WhileRunning_IsKeptForReconnect_WithTheTrueRemainingTime()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);
        var before = (await attempt.GetPaperAsync())!;
        var choice = before.Questions[0].Type == "judge" ? "true" : "B";

        var saved = await attempt.SaveAnswerAsync(0, [choice]);
        var unknownLabel = await attempt.SaveAnswerAsync(0, ["Z"]);
        var twoForOne = await attempt.SaveAnswerAsync(0, before.Questions[0].Type == "judge" ? ["true", "false"] : ["A", "B"]);
        var noSuchQuestion = await attempt.SaveAnswerAsync(100, [choice]);
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(10));
        var reconnect = (await attempt.GetPaperAsync())!;

        Assert.True(saved.Saved, saved.Reason?.ToString());
        Assert.Equal((false, RefusalCode.AttemptAnswerDoesNotFit), (unknownLabel.Saved, unknownLabel.Reason?.Code));
        Assert.Equal((false, RefusalCode.AttemptAnswerDoesNotFit), (twoForOne.Saved, twoForOne.Reason?.Code));
        Assert.Equal((false, RefusalCode.AttemptNoSuchQuestion), (noSuchQuestion.Saved, noSuchQuestion.Reason?.Code));
        Assert.Equal(before.Questions.Select(q => q.Stem), reconnect.Questions.Select(q => q.Stem));
        Assert.Equal(before.Questions.Select(q => string.Join("|", q.Options.Select(o => o.Text))), reconnect.Questions.Select(q => string.Join("|", q.Options.Select(o => o.Text))));
        Assert.Equal([choice], reconnect.Questions[0].Saved);
        Assert.Equal(TimeSpan.FromMinutes(80), reconnect.Remaining);
    }

    [Fact]
    public async Task PauseAndResume_StopEveryClockTogether_AndMoveTheDeadline()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(30));

        ExamDay.Expect(await session.PauseAsync("proctor-1", "停电"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(12));
        var whilePaused = await Task.WhenAll(ids.Select(id => Attempt(id).GetPaperAsync()));
        var refused = await Attempt(ids[0]).SaveAnswerAsync(0, ["A"]);
        ExamDay.Expect(await session.ResumeAsync("proctor-1", "恢复供电"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(5));
        var afterResume = await Task.WhenAll(ids.Select(id => Attempt(id).GetPaperAsync()));

        Assert.All(whilePaused, p => Assert.Equal(AttemptStatus.Paused, p!.Status));
        Assert.All(whilePaused, p => Assert.Equal(TimeSpan.FromMinutes(60), p!.Remaining));
        Assert.False(refused.Saved);
        Assert.All(afterResume, p => Assert.Equal(TimeSpan.FromMinutes(55), p!.Remaining));
        Assert.All(afterResume, p => Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(55), p!.Deadline));
    }

    [Fact]
    public async Task LateCheckIn_AfterAPause_JoinsWithTheSittingsDeadline()
    {
        var ids = await _day.EnrolAsync(2);
        var session = fixture.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        ExamDay.Expect(await session.ScheduleAsync(_day.Plan(ids), "manager"));
        ExamDay.Expect(await session.OpenCheckInAsync("proctor-1"));
        ExamDay.Expect(await session.CheckInAsync(ids[0], "proctor-1", true));
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(5));
        ExamDay.Expect(await session.PauseAsync("proctor-1", "停电"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(13));
        ExamDay.Expect(await session.ResumeAsync("proctor-1", "恢复供电"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(4));

        // Checked in 22 minutes after the start, of which 13 were paused: 81 minutes left, as for the others.
        ExamDay.Expect(await session.CheckInAsync(ids[1], "proctor-1", true));
        var papers = await Task.WhenAll(ids.Select(id => Attempt(id).GetPaperAsync()));

        Assert.All(papers, p => Assert.Equal(AttemptStatus.Running, p!.Status));
        Assert.All(papers, p => Assert.Equal(TimeSpan.FromMinutes(81), p!.Remaining));
        Assert.Equal(papers[0]!.Deadline, papers[1]!.Deadline);
    }

    [Fact]
    public async Task MarkAbsent_OnlyTheNotCheckedIn_WithdrawnOnArrival_AndTheCloseMarksEveryoneWhoNeverCame()
    {
        var ids = await _day.EnrolAsync(4);
        var session = fixture.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        ExamDay.Expect(await session.ScheduleAsync(_day.Plan(ids), "manager"));
        var beforeCheckIn = await session.MarkAbsentAsync(ids[1], "proctor-1", "");
        ExamDay.Expect(await session.OpenCheckInAsync("proctor-1"));
        ExamDay.Expect(await session.CheckInAsync(ids[0], "proctor-1", true));
        var checkedIn = await session.MarkAbsentAsync(ids[0], "proctor-1", "");
        ExamDay.Expect(await session.MarkAbsentAsync(ids[1], "proctor-1", "电话告知不来"));
        ExamDay.Expect(await session.MarkAbsentAsync(ids[2], "proctor-1", ""));
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        ExamDay.Expect(await session.CheckInAsync(ids[2], "proctor-1", true)); // arrived after all, within late entry
        var running = await session.GetRosterAsync();
        ExamDay.Expect(await session.CloseAsync("proctor-1", "考试结束"));
        var closed = await session.GetRosterAsync();

        Assert.Equal(RefusalCode.SessionAbsentNotNow, beforeCheckIn.Reason?.Code);
        Assert.Equal(RefusalCode.SessionAbsentButCheckedIn, checkedIn.Reason?.Code);
        Assert.Equal([false, true, false, false], running.OrderBy(l => l.Seat).Select(l => l.Absent));
        Assert.Equal([false, true, false, true], closed.OrderBy(l => l.Seat).Select(l => l.Absent));
        Assert.Equal([true, false, true, false], closed.OrderBy(l => l.Seat).Select(l => l.CheckedIn));
        var trail = await fixture.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();
        Assert.Contains(trail, e => e.Action == "session.absent" && e.Reason == "电话告知不来");
        Assert.Contains(trail, e => e.Action == "session.absence-withdrawn");
    }

    [Fact]
    public async Task Misconduct_WarningRecords_TerminateHandsIn_VoidAfterTheCloseVoidsTheResult()
    {
        var ids = await _day.EnrolAsync(3);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(10));

        var noReason = await session.RecordMisconductAsync(ids[0], MisconductStep.Warning, " ", "proctor-1");
        ExamDay.Expect(await session.RecordMisconductAsync(ids[0], MisconductStep.Warning, "左顾右盼", "proctor-1"));
        var warned = (await Attempt(ids[0]).GetPaperAsync())!.Status;
        ExamDay.Expect(await session.RecordMisconductAsync(ids[1], MisconductStep.Terminate, "使用手机", "proctor-1"));
        var ended = (await Attempt(ids[1]).GetPaperAsync())!.Status;
        var stillWriting = (await Attempt(ids[2]).GetPaperAsync())!.Status;
        ExamDay.Expect(await session.CloseAsync("proctor-1", "考试结束"));
        ExamDay.Expect(await session.RecordMisconductAsync(ids[1], MisconductStep.Void, "查实替考", "manager"));
        var warningAfterClose = await session.RecordMisconductAsync(ids[0], MisconductStep.Warning, "迟到的记录", "proctor-1");
        var results = await fixture.Client.GetGrain<ICandidateGrain>(ids[1]).GetResultsAsync(ExamDay.Track5);
        var others = await fixture.Client.GetGrain<ICandidateGrain>(ids[2]).GetResultsAsync(ExamDay.Track5);

        Assert.Equal(RefusalCode.SessionMisconductNeedsReason, noReason.Reason?.Code);
        Assert.Equal(AttemptStatus.Running, warned);
        Assert.Equal(AttemptStatus.Submitted, ended);
        Assert.Equal(AttemptStatus.Running, stillWriting);
        Assert.Equal(RefusalCode.SessionMisconductNotNow, warningAfterClose.Reason?.Code);
        Assert.True(Assert.Single(results, r => r.SessionId == _day.SessionId).Void);
        Assert.False(Assert.Single(others, r => r.SessionId == _day.SessionId).Void);
        var trail = await fixture.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();
        Assert.Contains(trail, e => e.Action == "session.misconduct.warning" && e.Reason == "左顾右盼");
        Assert.Contains(trail, e => e.Action == "session.misconduct.terminate" && e.Reason == "使用手机");
        Assert.Contains(trail, e => e.Action == "session.misconduct.void" && e.Reason == "查实替考" && e.Actor == "manager");
    }

    [Fact]
    public async Task Extend_GivesOneCandidateMoreTime_AndNobodyElse()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        ExamDay.Expect(await session.ExtendAsync(ids[0], 15, "proctor-1", "视力障碍，经批准延时"));
        var refusedWithoutReason = await session.ExtendAsync(ids[1], 15, "proctor-1", " ");

        Assert.Equal(TimeSpan.FromMinutes(105), (await Attempt(ids[0]).GetPaperAsync())!.Remaining);
        Assert.Equal(TimeSpan.FromMinutes(90), (await Attempt(ids[1]).GetPaperAsync())!.Remaining);
        Assert.False(refusedWithoutReason.Accepted);
    }

    [Fact]
    public async Task Extend_BeyondTheTracksCeilingInTotal_IsRefusedAndChangesNothing()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var ceiling = ShippedCeilingMinutes();

        ExamDay.Expect(await session.ExtendAsync(ids[0], ceiling - 10, "proctor-1", "视力障碍，经批准延时"));
        var before = (await Attempt(ids[0]).GetPaperAsync())!;
        var beyond = await session.ExtendAsync(ids[0], 11, "proctor-1", "再延时");
        var after = (await Attempt(ids[0]).GetPaperAsync())!;
        var upToTheCeiling = await session.ExtendAsync(ids[0], 10, "proctor-1", "再延时");

        Assert.False(beyond.Accepted);
        Assert.Equal(RefusalCode.AttemptExtraTimeCeiling, beyond.Reason!.Code);
        Assert.Equal([$"{ceiling}", $"{ceiling - 10}", "10"], beyond.Reason.Args);
        Assert.Equal((before.Remaining, before.Deadline), (after.Remaining, after.Deadline));
        Assert.True(upToTheCeiling.Accepted);
        Assert.Equal(TimeSpan.FromMinutes(90 + ceiling), (await Attempt(ids[0]).GetPaperAsync())!.Remaining);
    }

    // The ceiling the grains read: the repository's tracks data (tracks/defaults.yaml, extra-time: ceiling-minutes).
    private static int ShippedCeilingMinutes()
    {
        var defaults = File.ReadAllLines(Path.Combine(ExamClusterFixture.RepositoryRoot(), "tracks", "defaults.yaml"));
        var line = defaults.Single(l => l.TrimStart().StartsWith("ceiling-minutes:", StringComparison.Ordinal));
        return int.Parse(line.Split(':')[1].Split('#')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Deadline_SubmitsEveryAttemptWithNoClient_AndRefusesLateSaves()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);
        var first = (await attempt.GetPaperAsync())!.Questions[0];
        Assert.True((await attempt.SaveAnswerAsync(0, [first.Type == "judge" ? "false" : "A"])).Saved);

        await fixture.AdvanceAsync(TimeSpan.FromMinutes(90));
        var results = await Task.WhenAll(ids.Select(id => Attempt(id).GetResultAsync()));
        var late = await attempt.SaveAnswerAsync(1, ["A"]);
        var recorded = await fixture.Client.GetGrain<ICandidateGrain>(ids[1]).GetResultsAsync(ExamDay.Track5);

        Assert.All(results, r => Assert.Equal("system", r!.SubmittedBy));
        Assert.All(results, r => Assert.Equal(fixture.Clock.GetUtcNow(), r!.SubmittedAt));
        Assert.Equal(1, results[0]!.Answered);
        Assert.False(late.Saved);
        Assert.Equal(1, (await attempt.GetResultAsync())!.Answered);
        Assert.Single(recorded);
    }

    [Fact]
    public async Task Start_SetsTheDeadlineReminderAMinuteAfterTheDeadline_AsABackstopToTheTimer()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        // The reminder service keeps real time (the grains the test clock), so its start is bounded by the real clock.
        var before = DateTime.UtcNow;
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var after = DateTime.UtcNow;
        var reminders = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();

        var row = await reminders.ReadRow(Attempt(ids[0]).GetGrainId(), Attempts.DeadlineAlarm.Reminder);

        // The 90-minute theory component: at the deadline itself only the attempt's timer acts.
        var fromDeadline = TimeSpan.FromMinutes(90) + Attempts.DeadlineAlarm.Backstop;
        Assert.NotNull(row);
        Assert.InRange(row.StartAt, before + fromDeadline, after + fromDeadline);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
    }

    [Fact]
    public async Task Heartbeat_WhileTheDeadlineHandInIsStillUnderWay_SaysSubmittedAndByWhom()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);
        var running = await attempt.HeartbeatAsync();

        // The hand-in's delivery to the candidate is held: the attempt's turn stays open, as on a silo busy at a deadline.
        var delivery = fixture.ResultDelivery.HoldNext();
        var handIn = attempt.ForceSubmitAsync("proctor-1");
        await delivery.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var during = await attempt.HeartbeatAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var stillHandingIn = !handIn.IsCompleted;
        delivery.Release.SetResult();
        await handIn;

        Assert.Equal((AttemptStatus.Running, (string?)null), (running.Status, running.SubmittedBy));
        Assert.True(stillHandingIn);
        Assert.Equal((AttemptStatus.Submitted, "proctor-1"), (during.Status, during.SubmittedBy));
        Assert.Equal("proctor-1", (await attempt.GetResultAsync())!.SubmittedBy);
    }

    [Fact]
    public async Task Reminder_AfterTheAttemptWasDeactivated_SubmitsAtTheDeadline()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);
        await attempt.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        await fixture.AdvanceAsync(TimeSpan.FromMinutes(95));
        await attempt.Cast<IRemindable>().ReceiveReminder(Attempts.DeadlineAlarm.Reminder, default);

        Assert.Equal("system", (await attempt.GetResultAsync())!.SubmittedBy);
    }

    [Fact]
    public async Task Submit_InTheFirstThirtyMinutes_IsRefused_ThenAccepted()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);

        var early = await attempt.SubmitAsync();
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(30));
        var onTime = await attempt.SubmitAsync();

        Assert.False(early.Accepted);
        Assert.True(onTime.Accepted, onTime.Refusal);
        Assert.Equal(ExamDay.TicketOf(ids[0]), (await attempt.GetResultAsync())!.SubmittedBy);
    }

    [Fact]
    public async Task Close_SubmitsTheRest_AndRefusesFurtherActions()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        ExamDay.Expect(await session.CloseAsync("proctor-1", "考试结束"));

        Assert.All(await Task.WhenAll(ids.Select(id => Attempt(id).GetResultAsync())), r => Assert.Equal("proctor-1", r!.SubmittedBy));
        Assert.False((await session.PauseAsync("proctor-1", "x")).Accepted);
        Assert.Equal(SessionStatus.Closed, (await session.GetAsync())!.Status);
    }
}
