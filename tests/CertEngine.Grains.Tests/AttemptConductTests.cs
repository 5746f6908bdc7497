using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Integrity;
using CertEngine.Storage.Records.Integrity;

namespace CertEngine.Grains.Tests;

/// <summary>
/// What a theory attempt records for the integrity signals, on the fake clock: answer timings and changes, disconnections,
/// and takeovers on the sitting's trail; stored with the submission and read back as signals.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class AttemptConductTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    private IAttemptGrain Attempt(string id) => fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{id}");

    [Fact]
    public async Task Submit_AnswersTwoSecondsApart_ChangedAtTheEnd_AfterASilence_AndATakeover_GiveEverySignal()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = Attempt(ids[0]);
        var singles = (await attempt.GetPaperAsync())!.Questions.Where(q => q.Type == "single").Select(q => q.Index).Take(12).ToList();

        foreach (var index in singles)
        {
            await fixture.AdvanceAsync(TimeSpan.FromSeconds(2));
            Assert.True((await attempt.SaveAnswerAsync(index, ["A"])).Saved);
        }

        await fixture.AdvanceAsync(TimeSpan.FromSeconds(30));
        await attempt.HeartbeatAsync();
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(4));
        await attempt.HeartbeatAsync();   // four minutes of silence: a disconnection
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(40));
        await attempt.HeartbeatAsync();   // forty more: the longest
        foreach (var index in singles.Take(9))
        {
            await fixture.AdvanceAsync(TimeSpan.FromSeconds(10));
            Assert.True((await attempt.SaveAnswerAsync(index, ["B"])).Saved);
        }

        await attempt.SaveAnswerAsync(singles[0], ["B"]);   // the same answer again is no change
        var ticket = fixture.Client.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(ExamDay.TicketOf(ids[0])));
        Assert.False(await ticket.SignInAsync(_day.SessionId, ids[0], "device-1"));
        Assert.True(await ticket.SignInAsync(_day.SessionId, ids[0], "device-2"));
        ExamDay.Expect(await attempt.SubmitAsync());

        var stored = await new SqlSittingSignalRecords(fixture.Records).ReadAsync(_day.SessionId, 10);
        var record = Assert.Single(stored.Attempts);
        var conduct = record.Conduct!;
        var report = SittingSignals.Compute([new CandidateConduct(record.Seat, [], new AttemptTiming(conduct.StartedAt, conduct.SubmittedAt,
            conduct.Answers.Select(a => new AnswerTiming(a.Position, a.FirstAt, a.LastAt, a.Changes)).ToList(), conduct.Disconnections,
            TimeSpan.FromSeconds(conduct.LongestDisconnectionSeconds), conduct.LongestFrom), record.Takeovers)], SignalBounds.Default);

        Assert.Equal(12, conduct.Answers.Count);
        Assert.Equal(9, conduct.Answers.Count(a => a.Changes == 1));
        Assert.Equal((2, 40 * 60.0), (conduct.Disconnections, conduct.LongestDisconnectionSeconds));
        Assert.Equal(1, record.Takeovers);
        Assert.Equal([SignalCodes.Disconnection, SignalCodes.FastAnswers, SignalCodes.LateChanges, SignalCodes.Takeover], report.Signals.Select(s => s.Code));
        Assert.Equal(12, report.Signals.Single(s => s.Code == SignalCodes.FastAnswers).Value);
        Assert.Equal(9, report.Signals.Single(s => s.Code == SignalCodes.LateChanges).Value);
    }
}
