using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Tickets;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>Every sitting's admission tickets (migration 0021) on a real database of each dialect: written, found by part, withdrawn.</summary>
public abstract class TicketRecordsContractTests(StorageTarget target)
{
    private const string Track = "4-10-01-06/家务服务员/5";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Put_RecordsEachSeatOnce_KeyedInUpperCase_AndRemoveDeletesOnlyThatSeatsTicket()
    {
        var (records, _) = await StoresAsync();

        await records.PutAsync("S-1", Track, [new("A", " zk1206-001 "), new("B", "ZK1206-002")], Monday);
        await records.PutAsync("S-1", Track, [new("A", "ZK1206-001")], Monday.AddHours(1));
        await records.PutAsync("S-1", Track, [new("B", "ZK1206-009")], Monday.AddHours(2));
        await records.PutAsync("S-2", Track, [new("A", "ZK1206-001")], Monday.AddHours(3));
        var written = await records.OfSittingAsync("S-1");
        await records.RemoveAsync("S-1", [new("B", "zk1206-002"), new("C", "ZK1206-003")]);
        var removed = await records.OfSittingAsync("S-1");

        Assert.Equal([
            new SittingTicketRow("S-1", "A", "ZK1206-001", "ZK1206-001", Track, Monday),
            new SittingTicketRow("S-1", "B", "ZK1206-002", "ZK1206-002", Track, Monday),
            new SittingTicketRow("S-1", "B", "ZK1206-009", "ZK1206-009", Track, Monday.AddHours(2)),
        ], written);
        Assert.Equal(["ZK1206-001", "ZK1206-009"], removed.Select(r => r.TicketKey));
        Assert.Single(await records.OfSittingAsync("S-2"));
        Assert.Empty(await records.OfSittingAsync("S-3"));
    }

    [StorageFact]
    public async Task Holders_AnyPartInAnyCase_PercentAndUnderscoreArePlainCharacters()
    {
        var (records, _) = await StoresAsync();
        await records.PutAsync("S-1", Track, [new("A", "T1206-301-001"), new("B", "t1206-301-002"), new("C", "X100%_7")], Monday);
        await records.PutAsync("S-2", Track, [new("A", "T1206-301-001")], Monday);

        Assert.Equal(["A", "B"], await records.HoldersAsync("1206-301"));
        Assert.Equal(["B"], await records.HoldersAsync("01-002"));
        Assert.Equal(["C"], await records.HoldersAsync("0%_"));
        Assert.Empty(await records.HoldersAsync("1_0"));
        Assert.Empty(await records.HoldersAsync("1%7"));
        Assert.Empty(await records.HoldersAsync("T1206-301-003"));
    }

    [StorageFact]
    public async Task Backfilled_IsMarkedOnce()
    {
        var (records, _) = await StoresAsync();

        var before = await records.IsBackfilledAsync("tickets");
        await records.MarkBackfilledAsync("tickets", Monday);
        await records.MarkBackfilledAsync("tickets", Monday.AddDays(1));

        Assert.False(before);
        Assert.True(await records.IsBackfilledAsync("tickets"));
        Assert.False(await records.IsBackfilledAsync("other"));
    }

    [StorageFact]
    public async Task SittingIndex_SessionIdsAfter_WalksEverySittingAPageAtATime()
    {
        var (_, index) = await StoresAsync();
        var ids = new[] { "CZ-20261205-LL01", "S-b", "S-a", "CZ-20261205-JN01", "S-B" };
        await index.PutAsync("*", [.. ids.Select(id => new SittingRow(id, Track, 0, "centre", "301", Monday))]);
        await index.PutAsync("proctor-1", [new SittingRow("S-z", Track, 0, "centre", "301", Monday)]);

        var walked = new List<string>();
        var after = "";
        while (await index.SessionIdsAfterAsync("*", after, 2) is { Count: > 0 } page)
        {
            Assert.True(page.Count <= 2);
            walked.AddRange(page);
            after = page[^1];
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), walked);
    }

    private async Task<(SqlTicketRecords Tickets, SqlSittingIndexStore Index)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlTicketRecords(settings), new SqlSittingIndexStore(settings));
    }
}

/// <summary>The tickets of every sitting on a fresh SQLite file.</summary>
public sealed class SqliteTicketRecordsTests(SqliteTarget target) : TicketRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The tickets of every sitting on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresTicketRecordsTests(PostgresTarget target) : TicketRecordsContractTests(target), IClassFixture<PostgresTarget>;
