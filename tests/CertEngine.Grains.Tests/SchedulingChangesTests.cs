using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Tests;

/// <summary>Room seats, ticket numbers, cancelling, rescheduling and moving a candidate, on the sitting grain.</summary>
[Collection(ExamClusterCollection.Name)]
public sealed class SchedulingChangesTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task ScheduleAsync_MoreCandidatesThanSeats_RefusedAndNothingScheduled()
    {
        var ids = await _day.EnrolAsync(3);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);

        var refused = await session.ScheduleAsync(Plan(_day.SessionId, ids, capacity: 2), "manager");

        Assert.Equal("SessionOverCapacity(2,3)", ExamDay.Why(refused));
        Assert.Null(await session.GetAsync());
    }

    [Fact]
    public async Task ScheduleAsync_TwoCandidatesWithOneTicketNumber_Refused()
    {
        var ids = await _day.EnrolAsync(2);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        var plan = Plan(_day.SessionId, ids, capacity: 10);

        var refused = await session.ScheduleAsync(plan with { Roster = [plan.Roster[0], plan.Roster[1] with { Ticket = plan.Roster[0].Ticket.ToLowerInvariant() }] }, "manager");

        Assert.Equal($"SessionDuplicateTicket({plan.Roster[0].Ticket.ToLowerInvariant()})", ExamDay.Why(refused));
        Assert.Null(await session.GetAsync());
    }

    [Fact]
    public async Task CancelAsync_BeforeTheStart_CancelsWithdrawsTicketsAndAudits()
    {
        var ids = await _day.EnrolAsync(2);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        var plan = Plan(_day.SessionId, ids, capacity: 10);
        ExamDay.Expect(await session.ScheduleAsync(plan, "manager"));

        var noReason = await session.CancelAsync("manager", " ");
        ExamDay.Expect(await session.CancelAsync("manager", "考场停电"));
        var again = await session.CancelAsync("manager", "again");
        var open = await session.OpenCheckInAsync("proctor-1");

        Assert.Equal("SessionCancelNeedsReason()", ExamDay.Why(noReason));
        Assert.Equal("SessionSittingEnded(Cancelled)", ExamDay.Why(again));
        Assert.Equal("SessionNotAllowedNow(Cancelled,OpenCheckIn)", ExamDay.Why(open));
        var snapshot = (await session.GetAsync())!;
        Assert.Equal((SessionStatus.Cancelled, "考场停电", fixture.Clock.GetUtcNow()), (snapshot.Status, snapshot.CancelReason, snapshot.CancelledAt!.Value));
        Assert.Empty(await _day.Client.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(plan.Roster[0].Ticket)).GetAsync());
        var trail = await _day.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();
        Assert.Contains(trail, e => e.Action == "session.cancelled" && e.Reason == "考场停电");
    }

    [Fact]
    public async Task CancelAsync_AfterTheStart_RefusedAndStillRunning()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        var refused = await session.CancelAsync("manager", "too late");

        Assert.Equal("SessionNotAllowedNow(Running,Cancel)", ExamDay.Why(refused));
        Assert.Equal(SessionStatus.Running, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task RescheduleAsync_BeforeTheStart_MovesTimeAndRoomAndKeepsTickets()
    {
        var ids = await _day.EnrolAsync(2);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        var plan = Plan(_day.SessionId, ids, capacity: 10);
        ExamDay.Expect(await session.ScheduleAsync(plan, "manager"));
        var later = plan.StartsAt.AddDays(1);

        var tooSmall = await session.RescheduleAsync(later, "长治", "402", 1, "manager", "换考场");
        ExamDay.Expect(await session.RescheduleAsync(later, "长治", "402", 30, "manager", "换考场"));

        Assert.Equal("SessionCapacityBelowRoster(1,2)", ExamDay.Why(tooSmall));
        var moved = (await session.GetAsync())!.Plan;
        Assert.Equal((later, "长治", "402", 30), (moved.StartsAt, moved.Centre, moved.Room, moved.Capacity));
        Assert.Equal(plan.Roster, moved.Roster);
        var ticket = await _day.Client.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(plan.Roster[0].Ticket)).GetAsync();
        Assert.Equal([_day.SessionId], ticket.Select(t => t.SessionId));
        var trail = await _day.Client.GetGrain<IAuditTrailGrain>($"session/{_day.SessionId}").GetAsync();
        Assert.Contains(trail, e => e.Action == "session.rescheduled" && e.Reason == "换考场");
    }

    [Fact]
    public async Task RescheduleAsync_AfterTheStart_RefusedAndUnchanged()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var before = (await session.GetAsync())!.Plan;

        var refused = await session.RescheduleAsync(before.StartsAt.AddHours(2), "长治", "999", 30, "manager", "late");

        Assert.Equal("SessionRescheduleTooLate()", ExamDay.Why(refused));
        var after = (await session.GetAsync())!.Plan;
        Assert.Equal((before.StartsAt, before.Room), (after.StartsAt, after.Room));
    }

    [Fact]
    public async Task MoveCandidateAsync_ToAnotherSittingWithASeat_MovesWithTheSameTicket()
    {
        var ids = await _day.EnrolAsync(3);
        var (from, to) = (_day.SessionId, _day.SessionId + "-B");
        var source = _day.Client.GetGrain<IExamSessionGrain>(from);
        var target = _day.Client.GetGrain<IExamSessionGrain>(to);
        var plan = Plan(from, ids.Take(2).ToList(), capacity: 10);
        ExamDay.Expect(await source.ScheduleAsync(plan, "manager"));
        ExamDay.Expect(await target.ScheduleAsync(Plan(to, ids.Skip(2).ToList(), capacity: 2), "manager"));

        ExamDay.Expect(await source.MoveCandidateAsync(ids[0], to, "manager", "本人申请改到下午"));

        Assert.Equal([ids[1]], (await source.GetAsync())!.Plan.Roster.Select(r => r.IdNumber));
        var moved = (await target.GetAsync())!.Plan.Roster.Single(r => r.IdNumber == ids[0]);
        Assert.Equal((2, plan.Roster[0].Ticket), (moved.Seat, moved.Ticket));
        var ticket = await _day.Client.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(moved.Ticket)).GetAsync();
        Assert.Equal([(to, 2)], ticket.Select(t => (t.SessionId, t.Seat)));
        Assert.Contains(await _day.Client.GetGrain<IAuditTrailGrain>($"session/{from}").GetAsync(), e => e.Action == "session.candidate-moved-out" && e.Reason == "本人申请改到下午");
        Assert.Contains(await _day.Client.GetGrain<IAuditTrailGrain>($"session/{to}").GetAsync(), e => e.Action == "session.candidate-moved-in");
    }

    [Fact]
    public async Task MoveCandidateAsync_ToAFullSitting_RefusedAndBothUnchanged()
    {
        var ids = await _day.EnrolAsync(3);
        var (from, to) = (_day.SessionId, _day.SessionId + "-B");
        var source = _day.Client.GetGrain<IExamSessionGrain>(from);
        var target = _day.Client.GetGrain<IExamSessionGrain>(to);
        ExamDay.Expect(await source.ScheduleAsync(Plan(from, ids.Take(2).ToList(), capacity: 10), "manager"));
        ExamDay.Expect(await target.ScheduleAsync(Plan(to, ids.Skip(2).ToList(), capacity: 1), "manager"));

        var refused = await source.MoveCandidateAsync(ids[0], to, "manager", "本人申请");

        Assert.Equal("SessionOverCapacity(1,2)", ExamDay.Why(refused));
        Assert.Equal(2, (await source.GetAsync())!.Plan.Roster.Count);
        Assert.Single((await target.GetAsync())!.Plan.Roster);
    }

    [Fact]
    public async Task ChangesAsync_ClosedSitting_EachRefusedAsEnded_AndNothingChanges()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.CloseAsync("proctor-1", "结束"));
        var before = (await session.GetAsync())!;

        var rescheduled = await session.RescheduleAsync(before.Plan.StartsAt.AddDays(1), "长治", "402", 30, "manager", "补考");
        var cancelled = await session.CancelAsync("manager", "误操作");
        var moved = await session.MoveCandidateAsync(ids[0], _day.SessionId + "-X", "manager", "调场");

        Assert.Equal(["SessionSittingEnded(Closed)", "SessionSittingEnded(Closed)", "SessionSittingEnded(Closed)"],
            new[] { rescheduled, cancelled, moved }.Select(ExamDay.Why));
        var after = (await session.GetAsync())!;
        Assert.Equal((SessionStatus.Closed, before.Plan.StartsAt, before.Plan.Room, 1), (after.Status, after.Plan.StartsAt, after.Plan.Room, after.Plan.Roster.Count));
    }

    [Fact]
    public async Task MoveCandidateAsync_ToAnotherComponentOrAfterCheckInOpened_Refused()
    {
        var ids = await _day.EnrolAsync(3);
        var (from, practical) = (_day.SessionId, _day.SessionId + "-P");
        var source = _day.Client.GetGrain<IExamSessionGrain>(from);
        ExamDay.Expect(await source.ScheduleAsync(Plan(from, ids.Take(2).ToList(), capacity: 10), "manager"));
        ExamDay.Expect(await _day.Client.GetGrain<IExamSessionGrain>(practical).ScheduleAsync(
            Plan(practical, ids.Skip(2).ToList(), capacity: 10, ExamComponent.Practical), "manager"));

        var otherComponent = await source.MoveCandidateAsync(ids[0], practical, "manager", "r");
        ExamDay.Expect(await source.OpenCheckInAsync("proctor-1"));
        var opened = await source.MoveCandidateAsync(ids[0], practical, "manager", "r");

        Assert.Equal($"SessionMoveNotSameComponent({practical})", ExamDay.Why(otherComponent));
        Assert.Equal("SessionMoveTooLate()", ExamDay.Why(opened));
        Assert.Equal(2, (await source.GetAsync())!.Plan.Roster.Count);
    }

    // A plan with tickets of its own (the shared test tickets would meet other tests' on the ticket grains).
    private SessionPlan Plan(string sessionId, IReadOnlyList<string> ids, int capacity, ExamComponent component = ExamComponent.Theory)
    {
        var plan = _day.Plan(ids, component);
        return plan with { Capacity = capacity, Roster = plan.Roster.Select(r => r with { Ticket = $"{sessionId}-{r.Seat:000}" }).ToList() };
    }
}
