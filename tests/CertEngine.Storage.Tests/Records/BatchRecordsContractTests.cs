using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>Exam batches (批次, migration 0017) on a real database of each dialect: batches, their sittings, their members' one ticket each.</summary>
public abstract class BatchRecordsContractTests(StorageTarget target)
{
    private const string Track = "4-10-01-06/家务服务员/5";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Create_KeepsTheBatch_AndRefusesATakenIdOrANameTakenInTheTrack()
    {
        var records = await RecordsAsync();
        var batch = Batch("b1", "2026年第12批");

        var created = await records.CreateAsync(batch);
        var sameId = await records.CreateAsync(Batch("b1", "2026年第13批"));
        var sameName = await records.CreateAsync(Batch("b2", "2026年第12批"));
        var otherTrack = await records.CreateAsync(Batch("b3", "2026年第12批") with { TrackKey = "4-10-01-06/家务服务员/4" });
        await records.CreateAsync(Batch("b4", "2026年第13批") with { FirstDay = new DateOnly(2026, 12, 1), LastDay = new DateOnly(2026, 12, 2) });

        Assert.True(created);
        Assert.False(sameId);
        Assert.False(sameName);
        Assert.True(otherTrack);
        Assert.Equal(batch, await records.FindAsync("b1"));
        Assert.Null(await records.FindAsync("nothing"));
        Assert.Equal(["b4", "b1"], (await records.ListAsync(Track, 0, 10)).Select(b => b.BatchId));
        Assert.Equal(["b4", "b1", "b3"], (await records.ListAsync(null, 0, 10)).Select(b => b.BatchId));
        Assert.Equal(["b1"], (await records.ListAsync(Track, 1, 10)).Select(b => b.BatchId));
    }

    [StorageFact]
    public async Task Admit_GivesEachCandidateOneTicketInTheBatch_AllOrNothing()
    {
        var records = await RecordsAsync();
        await records.CreateAsync(Batch("b1", "第1批"));
        await records.CreateAsync(Batch("b2", "第2批"));

        var theory = await records.AdmitAsync("b1", "S-theory", [new("A", "ZK001"), new("B", "ZK002")], Monday);
        var again = await records.AdmitAsync("b1", "S-theory", [new("A", "ZK001"), new("B", "ZK002")], Monday);
        var practical = await records.AdmitAsync("b1", "S-practical", [new("B", " zk002 "), new("C", "ZK003")], Monday.AddDays(1));
        var otherTicket = await records.AdmitAsync("b1", "S-late", [new("D", "ZK004"), new("A", "ZK009")], Monday);
        var taken = await records.AdmitAsync("b1", "S-late", [new("D", "ZK004"), new("E", "zk001")], Monday);
        var twiceInOne = await records.AdmitAsync("b1", "S-late", [new("D", "ZK004"), new("F", "ZK004")], Monday);
        var elsewhere = await records.AdmitAsync("b2", "S-theory", [new("A", "ZK001")], Monday);
        var otherBatch = await records.AdmitAsync("b2", "S-b2", [new("A", "ZK001")], Monday);
        var unknown = await records.AdmitAsync("nothing", "S-x", [new("A", "ZK001")], Monday);

        Assert.Null(theory);
        Assert.Null(again);
        Assert.Null(practical);
        Assert.Equal(new BatchConflict.CandidateHoldsAnother("A", "ZK001"), otherTicket);
        Assert.Equal(new BatchConflict.TicketTaken("zk001"), taken);
        Assert.Equal(new BatchConflict.TicketTaken("ZK004"), twiceInOne);
        Assert.Equal(new BatchConflict.SittingElsewhere("b1"), elsewhere);
        Assert.Null(otherBatch);
        Assert.IsType<BatchConflict.NoSuchBatch>(unknown);
        Assert.Equal([new("A", "ZK001"), new("B", "ZK002"), new("C", "ZK003")], await records.MembersAsync("b1", 0, 10));
        Assert.Equal([new BatchMember("C", "ZK003")], await records.MembersAsync("b1", 2, 10));
        Assert.Equal(3, await records.CountMembersAsync("b1"));
        Assert.Equal(["S-theory", "S-practical"], await records.SittingsAsync("b1"));
        Assert.Equal("b1", await records.BatchOfSittingAsync("S-practical"));
        Assert.Null(await records.BatchOfSittingAsync("S-late"));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "ZK001", ["C"] = "ZK003" }, await records.TicketsOfAsync("b1", ["A", "C", "Z"]));
        Assert.Equal([new BatchMember("A", "ZK001")], await records.MembersAsync("b2", 0, 10));
    }

    private static BatchRow Batch(string id, string name) =>
        new(id, Track, name, "长治市职业技能鉴定中心", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25), "manager", Monday);

    private async Task<SqlBatchRecords> RecordsAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return new SqlBatchRecords(settings);
    }
}

/// <summary>Exam batches on a real SQLite file.</summary>
public sealed class SqliteBatchRecordsTests(SqliteTarget target) : BatchRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Exam batches on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresBatchRecordsTests(PostgresTarget target) : BatchRecordsContractTests(target), IClassFixture<PostgresTarget>;
