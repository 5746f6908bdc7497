using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The record store's enrolments (migration 0004), sitting lists (0005) and facts (0006) on a real database of each dialect.</summary>
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

    [StorageFact]
    public async Task Facts_AppendedTwice_AreStoredOnce_AndReadBackExactly()
    {
        var store = new SqlFactStore(await MigratedAsync());
        var attempt = new TheoryAttemptFact("attempt/S-1/ID1/submitted", Monday, "S-1/ID1", "submitted", "S-1", 3, Track, "ID1", "4-10-01-06", 1, 1, 5, "家务服务员",
            61.5m, 60m, "system", [new ResponseFact(0, "clean5-001", 1, "single", "D,B,A,C", "B", 1m, 1m), new ResponseFact(1, "eth-002", 2, "judge", "", "", 0m, 0.5m)]);
        var regrade = attempt with { FactId = "attempt/S-1/ID1/regrade/2", Kind = "regraded", GradedVersion = 2, Score = 62m, At = Monday.AddDays(1) };
        RecordFact[] facts =
        [
            attempt,
            new ComponentResultFact("result/c1/1", Monday, Track, "ID1", "Theory", 61.5m, 60m, new DateOnly(2026, 11, 23), "S-1", false),
            new ComponentResultFact("result/c1/2", Monday.AddDays(1), Track, "ID1", "Theory", 62m, 60m, new DateOnly(2026, 11, 23), "S-1", false),
            new ComponentResultFact("result/c1/3", Monday, Track, "ID1", "Practical", 48m, 60m, new DateOnly(2026, 11, 24), "S-2", true),
            new CertificateIssuedFact("certificate/N1", Monday, "N1", "skill-level", Track, "ID1", "李秀英", "4-10-01-06", "家务服务员", 5, new DateOnly(2026, 11, 30), "manager"),
            new CertificateStatusFact("certificate/N1/status/0", Monday, "N1", 0, "valid", "issued", "manager", null),
            new CertificateStatusFact("certificate/N1/status/1", Monday.AddHours(1), "N1", 1, "suspended", "举报待核查", "manager", null),
        ];

        var first = await store.AppendAsync(facts);
        var again = await store.AppendAsync([.. facts, regrade]);
        var responses = await store.ResponsesAsync("4-10-01-06", 1, 0, 100);
        var results = await store.ComponentResultsAsync(Track, 0, 100);
        var certificate = Assert.Single(await store.CertificatesAsync(Track, 0, 100));

        Assert.Equal(7, first);
        Assert.Equal(1, again);
        Assert.Equal(4, responses.Count);
        Assert.Equal(new ResponseRow("attempt/S-1/ID1/submitted", "S-1/ID1", "submitted", 0, "clean5-001", 1, "D,B,A,C", "B", true, 1m, 61.5m), responses[0]);
        Assert.Equal(("", false, 0m), (responses[1].Answer, responses[1].Correct, responses[1].Awarded));
        Assert.Equal(("regraded", 62m), (responses[2].Kind, responses[2].AttemptScore));
        Assert.Equal([("Practical", 48m, true), ("Theory", 62m, false)], results.Select(r => (r.Component, r.Score, r.Voided)));
        Assert.Equal(new DateOnly(2026, 11, 24), results[0].ExamDate);
        Assert.Equal(new CertificateRow("N1", Track, "ID1", "李秀英", "4-10-01-06", 5, new DateOnly(2026, 11, 30), "suspended"), certificate);
        Assert.Empty(await store.ResponsesAsync("4-10-01-06", 2, 0, 100));
    }

    [StorageFact]
    public async Task PracticalSheets_WithTheirMarksAndTheRuling_AreReadBackPerSitting()
    {
        var store = new SqlFactStore(await MigratedAsync());
        PracticalSheetFact Sheet(string assessor, decimal first, decimal total) => new($"practical/S-2/ID1/clean-5-01/sheet/{assessor}", Monday, "S-2/ID1", "S-2", 4, Track,
            "ID1", "4-10-01-06", 1, "clean-5-01", assessor, total, assessor == "a3" ? "1" : "", "", [new CriterionMark("c1", first), new CriterionMark("c2", 20m)]);

        await store.AppendAsync([Sheet("a1", 30m, 50m), Sheet("a2", 10m, 30m), Sheet("a3", 0m, 0m)]);
        await store.AppendAsync([Sheet("a1", 30m, 50m), new AdjudicationFact("practical/S-2/ID1/clean-5-01/adjudication", Monday, "S-2/ID1", "S-2", "clean-5-01", "a1", 40m, "复核录像")]);
        var sheets = await store.PracticalSheetsAsync("S-2", 0, 100);

        Assert.Equal(["a1", "a2", "a3"], sheets.Select(s => s.Assessor));
        Assert.Equal([30m, 10m, 0m], sheets.Select(s => s.Marks["c1"]));
        Assert.All(sheets, s => Assert.Equal((40m, 4, 20m), (s.Adjudicated, s.Station, s.Marks["c2"])));
        Assert.Equal(("1", 0m), (sheets[2].Vetoes, sheets[2].Total));
        Assert.Empty(await store.PracticalSheetsAsync("S-3", 0, 100));
    }

    private const string Track = "4-10-01-06/家务服务员/5";

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
