using CertEngine.Domain.Supervision;
using CertEngine.Storage.Records.Supervision;
using CertEngine.Storage.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>Supervision records (migration 0014) on a real database of each dialect: appended once, read back whole, signed sittings found.</summary>
public abstract class SupervisionRecordsContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Closed = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    private static SupervisionRecordRow Row(string id, string session, bool signed, DateTimeOffset at, string? corrects = null) => new(
        id, session, "4-10-01-06/家务服务员/5", "wang.du", "王督导", External: true, signed, corrects,
        [new("identity", SupervisionAnswer.Conforms, ""), new("seating", SupervisionAnswer.NonConforming, "3 号与 4 号间距不足"), new("timing", null, "")],
        "总体规范", at);

    [StorageFact]
    public async Task Append_ThenRead_GivesTheRecordBackWhole_OldestFirst_AndASecondAppendChangesNothing()
    {
        var records = new SqlSupervisionRecords(await MigratedAsync());
        var draft = Row("r1", "S1", signed: false, Closed);
        var signed = Row("r2", "S1", signed: true, Closed.AddMinutes(5));

        Assert.True(await records.AppendAsync(signed));
        Assert.True(await records.AppendAsync(draft));
        Assert.False(await records.AppendAsync(draft with { Notes = "改写" }));
        var read = await records.ForSittingAsync("S1", 10);

        Assert.Equal(["r1", "r2"], read.Select(r => r.RecordId));
        Assert.Equal(draft with { Entries = read[0].Entries }, read[0]);
        Assert.Equal(draft.Entries, read[0].Entries);
        Assert.Equal("总体规范", read[0].Notes);
        Assert.True(read[1].Signed);
        Assert.True(read[1].External);
        Assert.Single(await records.ForSittingAsync("S1", 1));
        Assert.Empty(await records.ForSittingAsync("S2", 10));
    }

    [StorageFact]
    public async Task Signed_FindsOnlySittingsWithASignedRecord()
    {
        var records = new SqlSupervisionRecords(await MigratedAsync());
        await records.AppendAsync(Row("a", "S1", signed: false, Closed));
        await records.AppendAsync(Row("b", "S2", signed: true, Closed));
        await records.AppendAsync(Row("c", "S2", signed: true, Closed.AddHours(1), corrects: "b"));

        var signed = await records.SignedAsync(["S1", "S2", "S3"]);

        Assert.Equal(["S2"], signed.Order());
        Assert.Empty(await records.SignedAsync([]));
        Assert.Equal("b", (await records.ForSittingAsync("S2", 10))[1].Corrects);
    }

    [StorageFact]
    public async Task FirstSignature_TwoSignersAtOnce_OnlyOneIsStored()
    {
        var settings = await MigratedAsync();
        // Two silos: two store instances, each with its own connections, appending at the same instant.
        var (one, two) = (new SqlSupervisionRecords(settings), new SqlSupervisionRecords(settings));
        for (var round = 0; round < 10; round++)
        {
            var sitting = $"S-race-{round}";
            var appended = await Task.WhenAll(
                Task.Run(() => one.AppendAsync(Row($"{sitting}-a", sitting, signed: true, Closed))),
                Task.Run(() => two.AppendAsync(Row($"{sitting}-b", sitting, signed: true, Closed))));

            Assert.Single(appended, stored => stored);
            var kept = Assert.Single(await one.ForSittingAsync(sitting, 10));
            Assert.Equal(appended[0] ? $"{sitting}-a" : $"{sitting}-b", kept.RecordId);
        }
    }

    [StorageFact]
    public async Task Corrections_TwoCorrectingTheSameRecordAtOnce_OnlyOneIsStored_AndTheChainGoesOn()
    {
        var settings = await MigratedAsync();
        var (one, two) = (new SqlSupervisionRecords(settings), new SqlSupervisionRecords(settings));
        Assert.True(await one.AppendAsync(Row("first", "S1", signed: true, Closed)));
        Assert.True(await one.AppendAsync(Row("draft-1", "S1", signed: false, Closed.AddMinutes(1))));
        Assert.True(await two.AppendAsync(Row("draft-2", "S1", signed: false, Closed.AddMinutes(2))));

        var appended = await Task.WhenAll(
            Task.Run(() => one.AppendAsync(Row("fix-a", "S1", signed: true, Closed.AddHours(1), corrects: "first"))),
            Task.Run(() => two.AppendAsync(Row("fix-b", "S1", signed: true, Closed.AddHours(1), corrects: "first"))));

        Assert.Single(appended, stored => stored);
        var winner = appended[0] ? "fix-a" : "fix-b";
        Assert.True(await two.AppendAsync(Row("fix-c", "S1", signed: true, Closed.AddHours(2), corrects: winner)));
        Assert.False(await one.AppendAsync(Row("late-first", "S1", signed: true, Closed.AddHours(3))));
        Assert.Equal(["first", "draft-1", "draft-2", winner, "fix-c"], (await one.ForSittingAsync("S1", 10)).Select(r => r.RecordId));
    }

    [StorageFact]
    public async Task Migration0019_MakesDuplicateFirstSignaturesAChain()
    {
        var settings = await MigratedAsync();
        var records = new SqlSupervisionRecords(settings);
        await using (var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None))
        {
            // A store of schema 18 that two silos raced on before the index: three "first" signatures and a draft.
            await connection.ExecuteAsync(
                "DROP INDEX certenginesupervisionrecordsfirstsigned; DROP INDEX certenginesupervisionrecordscorrection; "
                + "DROP TABLE certengineitemtimes; DROP INDEX certengineattemptconductattempt; ALTER TABLE certengineitemsumattempts DROP COLUMN timed; "
                + "DELETE FROM certengine_schema_version WHERE version >= 19;");
        }

        Assert.True(await records.AppendAsync(Row("b", "S1", signed: true, Closed)));
        Assert.True(await records.AppendAsync(Row("a", "S1", signed: true, Closed)));
        Assert.True(await records.AppendAsync(Row("c", "S1", signed: true, Closed.AddMinutes(1))));
        Assert.True(await records.AppendAsync(Row("d", "S1", signed: false, Closed.AddMinutes(2))));

        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();

        var read = await records.ForSittingAsync("S1", 10);
        Assert.Equal([("a", null), ("b", "a"), ("c", "b"), ("d", null)], read.Select(r => (r.RecordId, r.Corrects)));
        Assert.False(await records.AppendAsync(Row("e", "S1", signed: true, Closed.AddMinutes(3))));
    }

    [StorageFact]
    public async Task Signed_ManySittings_IsChunked()
    {
        var records = new SqlSupervisionRecords(await MigratedAsync());
        await records.AppendAsync(Row("z", "S-1199", signed: true, Closed));

        var signed = await records.SignedAsync(Enumerable.Range(0, 1200).Select(i => $"S-{i}").ToList());

        Assert.Equal(["S-1199"], signed);
    }

    private async Task<StorageSettings> MigratedAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }
}

/// <summary>Supervision records on a real SQLite file.</summary>
public sealed class SqliteSupervisionRecordsTests(SqliteTarget target) : SupervisionRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Supervision records on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresSupervisionRecordsTests(PostgresTarget target) : SupervisionRecordsContractTests(target), IClassFixture<PostgresTarget>;
