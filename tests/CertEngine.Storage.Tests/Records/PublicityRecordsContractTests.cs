using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>成绩公示 (migration 0010) on a real database of each dialect: notices and lines as written, the standing the issuance gate reads, objections.</summary>
public abstract class PublicityRecordsContractTests(StorageTarget target)
{
    private const string Track = "4-10-01-06/家务服务员/5";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Publish_KeepsTheNoticeAndItsLinesAsWritten_AndRefusesATakenId()
    {
        var records = await RecordsAsync();
        var notice = Notice("p1", "s1", 0);

        var first = await records.PublishAsync(notice, [Line("0022", "T2", true, 78.5m, null), Line("0011", "T1", false, 40m, 61m)]);
        var again = await records.PublishAsync(notice with { SessionId = "other" }, [Line("0033", "T3", true, 90m, 90m)]);
        var found = await records.FindAsync("p1");
        var lines = await records.LinesAsync("p1", 0, 10);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(notice with { LineCount = 2 }, found! with { Components = notice.Components });
        Assert.Equal(["Theory", "Practical"], found.Components);
        Assert.Equal(["T1", "T2"], lines.Select(l => l.Ticket));
        Assert.Equal([40m, 61m], lines[0].Scores);
        Assert.Equal([78.5m, null], lines[1].Scores);
        Assert.Equal((false, true), (lines[0].Passed, lines[1].Passed));
        Assert.Equal("张*明", lines[0].MaskedName);
        Assert.Equal("p1", (await records.FindBySittingAsync("s1"))!.PublicityId);
        Assert.Equal(new HashSet<string> { "s1" }, await records.PublishedSittingsAsync(["s1", "s2"]));
        Assert.Null(await records.FindAsync("nothing"));
    }

    [StorageFact]
    public async Task Standing_IsTheLatestNoticeListingTheCandidateAsPassed_WithObjectionsNotClosed()
    {
        var records = await RecordsAsync();
        await records.PublishAsync(Notice("p1", "s1", 0) with { EndsOn = new DateOnly(2026, 11, 30) }, [Line("0011", "T1", true, 80m, 80m)]);
        await records.PublishAsync(Notice("p2", "s2", 5) with { EndsOn = new DateOnly(2026, 12, 7) }, [Line("0011", "T9", true, 80m, 80m)]);
        await records.PublishAsync(Notice("p3", "s3", 9) with { EndsOn = new DateOnly(2026, 12, 9) }, [Line("0011", "T8", false, 10m, 80m)]);

        var before = await records.StandingAsync(Track, Id("0011"));
        var wrongTicket = await records.LodgeAsync(Objection("o0", "p2", "0011", "T1"));
        var lodged = await records.LodgeAsync(Objection("o1", "p2", "0011", "T9"));
        var held = await records.StandingAsync(Track, Id("0011"));
        var closedUnanswered = await records.CloseAsync("o1", "manager", Monday.AddHours(1));
        var answered = await records.AnswerAsync("o1", "已复核，成绩无误", "manager", Monday.AddHours(2));
        var stillHeld = await records.StandingAsync(Track, Id("0011"));
        var closed = await records.CloseAsync("o1", "manager", Monday.AddHours(3));
        var answeredAfterClose = await records.AnswerAsync("o1", "改", "manager", Monday.AddHours(4));
        var after = await records.StandingAsync(Track, Id("0011"));

        Assert.Equal(new PublicityStandingRow("p2", new DateOnly(2026, 12, 7), 0), before);
        Assert.False(wrongTicket);
        Assert.True(lodged);
        Assert.Equal(1, held!.OpenObjections);
        Assert.False(closedUnanswered);
        Assert.True(answered);
        Assert.Equal(1, stillHeld!.OpenObjections);
        Assert.True(closed);
        Assert.False(answeredAfterClose);
        Assert.Equal(0, after!.OpenObjections);
        Assert.Null(await records.StandingAsync(Track, Id("0099")));
        var objection = (await records.ObjectionAsync("o1"))!;
        Assert.Equal((PublicityObjectionStatus.Closed, "已复核，成绩无误", "manager", Monday.AddHours(2), Monday.AddHours(3)),
            (objection.Status, objection.Answer, objection.AnsweredBy, objection.AnsweredAt, objection.ClosedAt));
        Assert.Equal("我的实操成绩有误", objection.Text);
    }

    [StorageFact]
    public async Task Objections_ListByStatusAndNotice_OldestFirst_AndCountThoseHolding()
    {
        var records = await RecordsAsync();
        await records.PublishAsync(Notice("p1", "s1", 0), [Line("0011", "T1", true, 80m, 80m), Line("0022", "T2", true, 80m, 80m)]);
        await records.LodgeAsync(Objection("o2", "p1", "0022", "T2") with { LodgedAt = Monday.AddHours(2) });
        await records.LodgeAsync(Objection("o1", "p1", "0011", "T1") with { LodgedAt = Monday.AddHours(1) });
        await records.AnswerAsync("o1", "答复", "manager", Monday.AddHours(3));

        Assert.Equal(["o1", "o2"], (await records.ObjectionsAsync(null, null, 0, 10)).Select(o => o.ObjectionId));
        Assert.Equal(["o2"], (await records.ObjectionsAsync(PublicityObjectionStatus.Open, "p1", 0, 10)).Select(o => o.ObjectionId));
        Assert.Empty(await records.ObjectionsAsync(null, "p9", 0, 10));
        Assert.Equal(2, await records.CountHoldingAsync());
        Assert.Equal(["p1"], (await records.ListAsync(Track, 0, 10)).Select(n => n.PublicityId));
        Assert.Empty(await records.ListAsync("other", 0, 10));
    }

    [StorageFact]
    public async Task Ending_CountsThePassedWithoutACertificate_ByTheLastDayOfPeriodsStillRunning_SoonestFirst()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        var records = new SqlPublicityRecords(settings);
        await records.PublishAsync(Notice("p1", "s1", 0) with { EndsOn = new DateOnly(2026, 11, 30) }, [Line("0011", "T1", true, 80m, 80m)]);
        await records.PublishAsync(Notice("p2", "s2", 1) with { EndsOn = new DateOnly(2026, 12, 11) },
            [Line("0022", "T2", true, 80m, 80m), Line("0033", "T3", true, 70m, 70m), Line("0044", "T4", false, 10m, 80m), Line("0055", "T5", true, 90m, 90m)]);
        await records.PublishAsync(Notice("p3", "s3", 2) with { EndsOn = new DateOnly(2026, 12, 7) }, [Line("0066", "T6", true, 80m, 80m)]);
        await new SqlFactStore(settings).AppendAsync([new CertificateIssuedFact("certificate/N5", Monday, "N5", "skill-level", Track, Id("0055"), "丁", "4-10-01-06", "家务服务员", 5,
            new DateOnly(2026, 12, 1), "manager")]);

        var ending = await records.EndingAsync(new DateOnly(2026, 12, 1), 10);
        var onTheLastDay = await records.EndingAsync(new DateOnly(2026, 12, 11), 10);
        var one = await records.EndingAsync(new DateOnly(2026, 12, 1), 1);

        Assert.Equal([new PublicityEnding(new DateOnly(2026, 12, 7), 1), new PublicityEnding(new DateOnly(2026, 12, 11), 2)], ending);
        Assert.Equal([new PublicityEnding(new DateOnly(2026, 12, 11), 2)], onTheLastDay);
        Assert.Equal([new PublicityEnding(new DateOnly(2026, 12, 7), 1)], one);
        Assert.Empty(await records.EndingAsync(new DateOnly(2026, 12, 12), 10));
    }

    private static string Id(string tail) => "14040219800101" + tail;

    private static PublicityNotice Notice(string id, string sessionId, int hours) => new(id, Track, sessionId, null, null, ["Theory", "Practical"],
        new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27), 5, 0, "manager", Monday.AddHours(hours));

    private static PublicityLine Line(string tail, string ticket, bool passed, decimal? theory, decimal? practical) =>
        new(Id(tail), ticket, "张*明", "1404**********" + tail, "家政服务员", "家务服务员", "五级/初级工", [theory, practical], passed);

    private static PublicityObjection Objection(string id, string publicityId, string tail, string ticket) =>
        new(id, publicityId, Id(tail), ticket, "我的实操成绩有误", Monday, PublicityObjectionStatus.Open, "", "", null, "", null);

    private async Task<SqlPublicityRecords> RecordsAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return new SqlPublicityRecords(settings);
    }
}

/// <summary>成绩公示 on a real SQLite file.</summary>
public sealed class SqlitePublicityRecordsTests(SqliteTarget target) : PublicityRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>成绩公示 on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresPublicityRecordsTests(PostgresTarget target) : PublicityRecordsContractTests(target), IClassFixture<PostgresTarget>;
