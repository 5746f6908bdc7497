using CertEngine.Storage.Records;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The record store's enrolments (migration 0004) and sitting lists (0005) on a real database of each dialect.</summary>
public abstract class FactStoreContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Enrolments_AppendedTwice_AreStoredOnceAndListedInOrder()
    {
        var store = new SqlEnrolmentStore(await MigratedAsync());
        var facts = Enumerable.Range(0, 5).Select(i => new EnrolmentFact("4-10-01-06/家务服务员/5", $"ID{i}", "work-years", ["work-1"], Monday.AddMinutes(5 - i), "centre")).ToList();

        var first = await store.AppendAsync(facts);
        var again = await store.AppendAsync(facts.Take(2).Append(facts[0] with { TrackKey = "4-10-01-06/家务服务员/4" }).ToList());

        Assert.Equal(5, first);
        Assert.Equal(1, again);
        Assert.Equal(5, await store.CountAsync("4-10-01-06/家务服务员/5"));
        Assert.Equal(["ID4", "ID3"], await store.ListAsync("4-10-01-06/家务服务员/5", 0, 2));
        Assert.Equal(["ID0"], await store.ListAsync("4-10-01-06/家务服务员/5", 4, 10));
    }

    [StorageFact]
    public async Task SittingIndex_PutReplaceRemove_ListsLatestFirst()
    {
        var store = new SqlSittingIndexStore(await MigratedAsync());
        await store.PutAsync("*", [Row("S-1", 1), Row("S-2", 3), Row("S-3", 2)]);
        await store.PutAsync("proctor.li", [Row("S-2", 3)]);

        await store.PutAsync("*", [Row("S-1", 9) with { Room = "402" }]);
        await store.RemoveAsync("*", "S-3");

        var all = await store.ListAsync("*", 10);
        Assert.Equal(["S-1", "S-2"], all.Select(s => s.SessionId));
        Assert.Equal(("402", Monday.AddHours(9)), (all[0].Room, all[0].StartsAt));
        Assert.Equal(["S-2"], (await store.ListAsync("proctor.li", 10)).Select(s => s.SessionId));
    }

    private static SittingRow Row(string id, int hours) => new(id, "4-10-01-06/家务服务员/5", 0, "长治市职业技能鉴定中心", "301", Monday.AddHours(hours));

    private async Task<StorageSettings> MigratedAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }
}

/// <summary>The fact stores on a real SQLite file.</summary>
public sealed class SqliteFactStoreTests(SqliteTarget target) : FactStoreContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The fact stores on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresFactStoreTests(PostgresTarget target) : FactStoreContractTests(target), IClassFixture<PostgresTarget>;
