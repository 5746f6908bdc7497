using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Records;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// A sitting's admission tickets in the record store (migration 0021): written when the sitting binds them, deleted when it
/// withdraws them, and written once at start for sittings scheduled before the table, so a part of any number finds its holder.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class SittingTicketRecordsTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task Scheduling_WritesEverySeatsTicket_AndDroppingMovingOrCancellingDeletesThem()
    {
        var ids = await _day.EnrolAsync(4);
        var (from, to) = (_day.SessionId, _day.SessionId + "-B");
        var source = _day.Client.GetGrain<IExamSessionGrain>(from);
        var target = _day.Client.GetGrain<IExamSessionGrain>(to);
        var plan = Plan(from, ids.Take(3).ToList());
        ExamDay.Expect(await source.ScheduleAsync(plan, "manager"));
        ExamDay.Expect(await target.ScheduleAsync(Plan(to, ids.Skip(3).ToList()), "manager"));
        var scheduled = await Records.OfSittingAsync(from);

        ExamDay.Expect(await source.ScheduleAsync(plan with { Roster = plan.Roster.Take(2).ToList() }, "manager"));
        var dropped = await Records.OfSittingAsync(from);
        ExamDay.Expect(await source.MoveCandidateAsync(ids[0], to, "manager", "本人申请改到下午"));
        var (afterMoveFrom, afterMoveTo) = (await Records.OfSittingAsync(from), await Records.OfSittingAsync(to));
        ExamDay.Expect(await target.CancelAsync("manager", "考场停电"));

        Assert.Equal(plan.Roster.Select(r => (r.IdNumber, r.Ticket, r.Ticket.ToUpperInvariant(), plan.TrackKey)),
            scheduled.Select(r => (r.IdNumber, r.Ticket, r.TicketKey, r.TrackKey)));
        Assert.Equal([ids[0], ids[1]], dropped.Select(r => r.IdNumber));
        Assert.Equal([ids[1]], afterMoveFrom.Select(r => r.IdNumber));
        Assert.Equal([(ids[0], plan.Roster[0].Ticket), (ids[3], $"{to}-001")], afterMoveTo.Select(r => (r.IdNumber, r.Ticket)).OrderBy(r => r.Item2, StringComparer.Ordinal));
        Assert.Empty(await Records.OfSittingAsync(to));
        Assert.Equal([ids[1]], await Records.HoldersAsync(from.ToLowerInvariant() + "-002"));
    }

    [Fact]
    public async Task Backfill_WritesTheTicketsOfASittingScheduledBeforeTheTable_OnceAndHarmlesslyAgain()
    {
        var ids = await _day.EnrolAsync(3);
        var (sittingId, cancelledId) = (_day.SessionId, _day.SessionId + "-C");
        var plan = Plan(sittingId, ids.Take(2).ToList());
        ExamDay.Expect(await _day.Client.GetGrain<IExamSessionGrain>(sittingId).ScheduleAsync(plan, "manager"));
        var cancelled = _day.Client.GetGrain<IExamSessionGrain>(cancelledId);
        ExamDay.Expect(await cancelled.ScheduleAsync(Plan(cancelledId, ids.Skip(2).ToList()), "manager"));
        ExamDay.Expect(await cancelled.CancelAsync("manager", "并场"));
        // Stands for a release before 0021: the sitting's tickets are bound on their grains and on its roster, not in the table.
        await Records.RemoveAsync(sittingId, [.. plan.Roster.Select(r => new SeatTicket(r.IdNumber, r.Ticket))]);
        await Services.GetRequiredService<RecordStoreStartup>().Work.WaitAsync(TimeSpan.FromMinutes(2));
        var part = sittingId[2..10].ToLowerInvariant();
        var before = await Records.HoldersAsync(part);

        await ForgetBackfillAsync();
        var first = await Backfill.RunAsync();
        var found = await Records.HoldersAsync(part);
        var second = await Backfill.RunAsync();
        await ForgetBackfillAsync();
        await Backfill.RunAsync();

        Assert.Empty(before);
        Assert.True(first.Tickets >= 2 && first.Sittings >= 1);
        Assert.Equal(ids.Take(2).Order(StringComparer.Ordinal), found);
        Assert.Equal((0, 0), second);
        Assert.Equal(plan.Roster.Select(r => (r.IdNumber, r.Ticket)), (await Records.OfSittingAsync(sittingId)).Select(r => (r.IdNumber, r.Ticket)));
        Assert.Empty(await Records.OfSittingAsync(cancelledId));
        Assert.True(await Records.IsBackfilledAsync(SittingTicketBackfill.Name));
    }

    private ITicketRecords Records => Services.GetRequiredService<ITicketRecords>();

    private SittingTicketBackfill Backfill => new(_day.Client, Services.GetRequiredService<ISittingIndexStore>(), Records, fixture.Clock);

    private IServiceProvider Services => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).SiloHost.Services;

    // The silo ran the backfill at start (and marked it); the test asks for another walk, as a first start would.
    private async Task ForgetBackfillAsync()
    {
        var path = ((CertEngine.Storage.StorageSettings.Embedded)fixture.Records).DatabasePath;
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM certenginebackfills WHERE name = $name;";
        command.Parameters.AddWithValue("$name", SittingTicketBackfill.Name);
        await command.ExecuteNonQueryAsync();
    }

    // A plan with tickets of its own (the shared test tickets would meet other tests' on the ticket grains).
    private SessionPlan Plan(string sessionId, IReadOnlyList<string> ids)
    {
        var plan = _day.Plan(ids);
        return plan with { Capacity = 10, Roster = plan.Roster.Select(r => r with { Ticket = $"{sessionId}-{r.Seat:000}" }).ToList() };
    }
}
