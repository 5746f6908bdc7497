using CertEngine.Domain.Supervision;
using CertEngine.Storage.Records.Supervision;
using CertEngine.Storage.Tests.Infrastructure;
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
