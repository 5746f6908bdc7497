using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Sessions;
using CertEngine.Storage.Records.Batches;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// An admission ticket number is one person's, at the ticket grain and below every page; a batch (批次) gives a candidate
/// one number across its theory and practical sittings; sittings and tickets stored before batches keep working.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class AdmissionTicketBindingTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task BindAsync_SamePersonTwice_IsIdempotent_AndAnotherSittingJoinsTheTicket()
    {
        var (ticket, grain, a, _) = NewTicket();

        var first = await grain.BindAsync(new AdmissionTicket(ticket, "s1", a, 3));
        var again = await grain.BindAsync(new AdmissionTicket(ticket, "s1", a, 3));
        var practical = await grain.BindAsync(new AdmissionTicket(ticket, "s2", a, 1));

        Assert.True(first.Accepted && again.Accepted && practical.Accepted);
        Assert.Equal([("s1", a), ("s2", a)], (await grain.GetAsync()).Select(b => (b.SessionId, b.IdNumber)));
    }

    [Fact]
    public async Task BindAsync_AnotherPerson_RefusedWithTheReason_AndNothingChanges()
    {
        var (ticket, grain, a, b) = NewTicket();
        ExamDay.Expect(await grain.BindAsync(new AdmissionTicket(ticket, "s1", a, 3)));

        var sameSitting = await grain.BindAsync(new AdmissionTicket(ticket, "s1", b, 4));
        var otherSitting = await grain.BindAsync(new AdmissionTicket(ticket.ToLowerInvariant(), "s2", b, 1));

        Assert.Equal($"BatchTicketHeldByAnother({ticket})", ExamDay.Why(sameSitting));
        Assert.Equal($"BatchTicketHeldByAnother({ticket.ToLowerInvariant()})", ExamDay.Why(otherSitting));
        Assert.Equal([new AdmissionTicket(ticket, "s1", a, 3)], await grain.GetAsync());
    }

    [Fact]
    public async Task BindAsync_AfterEverySittingWithdrewTheTicket_BindsAnotherPerson()
    {
        var (ticket, grain, a, b) = NewTicket();
        ExamDay.Expect(await grain.BindAsync(new AdmissionTicket(ticket, "s1", a, 3)));
        ExamDay.Expect(await grain.BindAsync(new AdmissionTicket(ticket, "s2", a, 3)));
        await grain.WithdrawAsync("s1", a);

        var stillHeld = await grain.BindAsync(new AdmissionTicket(ticket, "s3", b, 1));
        await grain.WithdrawAsync("s2", a);
        var rebound = await grain.BindAsync(new AdmissionTicket(ticket, "s3", b, 1));
        var sameAgain = await grain.BindAsync(new AdmissionTicket(ticket, "s1", a, 3));

        Assert.Equal($"BatchTicketHeldByAnother({ticket})", ExamDay.Why(stillHeld));
        Assert.True(rebound.Accepted);
        Assert.Equal($"BatchTicketHeldByAnother({ticket})", ExamDay.Why(sameAgain));
        Assert.Equal([new AdmissionTicket(ticket, "s3", b, 1)], await grain.GetAsync());
    }

    [Fact]
    public async Task ScheduleAsync_ATicketOfAnotherPerson_RefusedAndNothingScheduledOrBound()
    {
        var ids = await _day.EnrolAsync(3);
        var (taken, holder) = ("TAKEN-" + _day.SessionId, ExamDay.NewIdNumber());
        ExamDay.Expect(await Ticket(taken).BindAsync(new AdmissionTicket(taken, "elsewhere", holder, 1)));
        var plan = _day.Plan(ids);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);

        var refused = await session.ScheduleAsync(plan with { Roster = [plan.Roster[0], plan.Roster[1], plan.Roster[2] with { Ticket = taken }] }, "manager");

        Assert.Equal($"BatchTicketHeldByAnother({taken})", ExamDay.Why(refused));
        Assert.Null(await session.GetAsync());
        Assert.Empty(await Ticket(plan.Roster[0].Ticket).GetAsync());
        Assert.Empty(await Ticket(plan.Roster[1].Ticket).GetAsync());
        Assert.Equal([holder], (await Ticket(taken).GetAsync()).Select(b => b.IdNumber));
    }

    [Fact]
    public async Task ScheduleAsync_IntoABatch_KeepsOneTicketPerCandidateAcrossTheoryAndPractical()
    {
        var ids = await _day.EnrolAsync(2);
        var batch = await NewBatchAsync();
        var theory = _day.Plan(ids) with { BatchId = batch };
        ExamDay.Expect(await _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId).ScheduleAsync(theory, "manager"));
        var practicalId = _day.SessionId + "-P";
        var practical = _day.Client.GetGrain<IExamSessionGrain>(practicalId);
        var plan = _day.Plan(ids, ExamComponent.Practical) with { BatchId = batch };

        var otherNumber = await practical.ScheduleAsync(plan with { Roster = [plan.Roster[0] with { Ticket = "NEW-" + _day.SessionId }, plan.Roster[1]] }, "manager");
        var swapped = await practical.ScheduleAsync(plan with { Roster = [plan.Roster[0] with { Ticket = plan.Roster[1].Ticket }, plan.Roster[1] with { Ticket = plan.Roster[0].Ticket }] }, "manager");
        var otherTrack = await practical.ScheduleAsync(plan with { BatchId = await NewBatchAsync("4-10-01-06/家务服务员/4") }, "manager");
        var unknown = await practical.ScheduleAsync(plan with { BatchId = "nobatch" }, "manager");
        var nothingYet = await practical.GetAsync();
        var accepted = await practical.ScheduleAsync(plan, "manager");

        Assert.Equal($"BatchTicketNotTheCandidates(1,{theory.Roster[0].Ticket})", ExamDay.Why(otherNumber));
        Assert.StartsWith("BatchTicketHeldByAnother(", ExamDay.Why(swapped), StringComparison.Ordinal);
        Assert.StartsWith("BatchOtherTrack(", ExamDay.Why(otherTrack), StringComparison.Ordinal);
        Assert.Equal("BatchUnknown(nobatch)", ExamDay.Why(unknown));
        Assert.Null(nothingYet);
        Assert.Empty(await Ticket("NEW-" + _day.SessionId).GetAsync());
        Assert.True(accepted.Accepted);
        Assert.Equal([_day.SessionId, practicalId], await Batches.SittingsAsync(batch));
        Assert.Equal(theory.Roster.Select(r => new BatchMember(r.IdNumber, r.Ticket)).OrderBy(m => m.Ticket, StringComparer.Ordinal),
            await Batches.MembersAsync(batch, 0, 10));
        Assert.Equal([_day.SessionId, practicalId], (await Ticket(theory.Roster[0].Ticket).GetAsync()).Select(b => b.SessionId));
    }

    [Fact]
    public async Task ScheduleAsync_ABatchedSittingIntoAnotherBatch_Refused()
    {
        var ids = await _day.EnrolAsync(1);
        var (first, second) = (await NewBatchAsync(), await NewBatchAsync());
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        ExamDay.Expect(await session.ScheduleAsync(_day.Plan(ids) with { BatchId = first }, "manager"));

        var moved = await session.ScheduleAsync(_day.Plan(ids) with { BatchId = second }, "manager");
        var dropped = await session.ScheduleAsync(_day.Plan(ids), "manager");

        Assert.Equal($"BatchSittingInOtherBatch({first})", ExamDay.Why(moved));
        Assert.Equal($"BatchSittingInOtherBatch({first})", ExamDay.Why(dropped));
        Assert.Equal(first, (await session.GetAsync())!.Plan.BatchId);
    }

    [Fact]
    public async Task OldData_ASittingStoredWithoutABatch_JoinsOneWhenRescheduled_AndATicketSharedByAnOlderRelease_StillSignsBothIn()
    {
        var ids = await _day.EnrolAsync(2);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        ExamDay.Expect(await session.ScheduleAsync(_day.Plan(ids), "manager"));
        Assert.Null((await session.GetAsync())!.Plan.BatchId);
        var batch = await NewBatchAsync();

        var joined = await session.ScheduleAsync(_day.Plan(ids) with { BatchId = batch }, "manager");

        Assert.True(joined.Accepted);
        Assert.Equal(2, await Batches.CountMembersAsync(batch));

        // A ticket an older release bound to two people (the bug this rule closes): it stays as stored, and both still
        // sign in, but it takes no third person and no new sitting for either.
        var (shared, legacy) = ("SHARED-" + _day.SessionId, Ticket("SHARED-" + _day.SessionId));
        var state = new AdmissionTicketState { Bindings = [new(shared, "old", ids[0], 1), new(shared, "old", ids[1], 2)] };
        await Storage.WriteStateAsync("ticket", legacy.GetGrainId(), new GrainState<AdmissionTicketState>(state));

        var first = await legacy.SignInAsync("old", ids[0], "device-a");
        var second = await legacy.SignInAsync("old", ids[1], "device-b");
        var third = await legacy.BindAsync(new AdmissionTicket(shared, "new", ids[0], 1));

        Assert.Equal((false, false), (first, second));
        Assert.Equal(2, (await legacy.GetAsync()).Count);
        Assert.Equal($"BatchTicketHeldByAnother({shared})", ExamDay.Why(third));
    }

    private IBatchRecords Batches => Services.GetRequiredService<IBatchRecords>();

    private IGrainStorage Storage => Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Exams);

    private IServiceProvider Services => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).SiloHost.Services;

    private IAdmissionTicketGrain Ticket(string number) => _day.Client.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(number));

    private (string Ticket, IAdmissionTicketGrain Grain, string A, string B) NewTicket()
    {
        var ticket = "ZK" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return (ticket, Ticket(ticket), ExamDay.NewIdNumber(), ExamDay.NewIdNumber());
    }

    private async Task<string> NewBatchAsync(string track = ExamDay.Track5)
    {
        var id = "b" + Guid.NewGuid().ToString("N")[..10];
        Assert.True(await Batches.CreateAsync(new BatchRow(id, track, "2026年第" + id + "批", "长治市职业技能鉴定中心",
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25), "manager", fixture.Clock.GetUtcNow())));
        return id;
    }
}
