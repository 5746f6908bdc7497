using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Results;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The results and certificate search reads (<see cref="SqlResultRecords"/>) on a real database of each dialect.</summary>
public abstract class ResultRecordsContractTests(StorageTarget target)
{
    private const string Track = "4-10-01-06/家务服务员/5";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task SittingResults_LatestPerCandidate_WithTheLatestName()
    {
        var (facts, records) = await StoresAsync();
        await facts.AppendAsync([
            Profile("ID1", 1, "王秀英", 0), Profile("ID1", 2, "王秀英（改）", 1), Profile("ID2", 1, "李桂芝", 0),
            Result("r1", "ID1", "Theory", "S-1", 58m, 0), Result("r2", "ID1", "Theory", "S-1", 61m, 2), Result("r3", "ID2", "Theory", "S-1", 70m, 0, voided: true),
            Result("r4", "ID2", "Theory", "S-9", 90m, 0),
        ]);

        var rows = await records.SittingResultsAsync("S-1", 100);

        Assert.Equal([("ID1", "王秀英（改）", 61m, false), ("ID2", "李桂芝", 70m, true)], rows.Select(r => (r.IdNumber, r.Name, r.Score, r.Voided)));
        Assert.True(rows[0].Passed);
        Assert.False(rows[1].Passed);
    }

    [StorageFact]
    public async Task TrackResults_EverySittingOfEachComponent_ByName()
    {
        var (facts, records) = await StoresAsync();
        await facts.AppendAsync([
            Profile("ID1", 1, "张伟", 0), Profile("ID2", 1, "陈静", 0),
            Result("r1", "ID1", "Theory", "S-1", 50m, 0), Result("r2", "ID1", "Theory", "S-2", 65m, 24), Result("r3", "ID2", "Practical", "P-1", 80m, 0),
            Result("r4", "ID3", "Theory", "S-1", 80m, 0) with { TrackKey = "other" },
        ]);

        var rows = await records.TrackResultsAsync(Track, 0, 100);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["S-1", "S-2"], rows.Where(r => r.IdNumber == "ID1").Select(r => r.SessionId));
        Assert.Single(await records.TrackResultsAsync(Track, 2, 100));
    }

    [StorageFact]
    public async Task Rulings_OfASitting_NameTheCandidate()
    {
        var (facts, records) = await StoresAsync();
        await facts.AppendAsync([
            new PracticalSheetFact("sheet/a1", Monday, "P-1/ID1", "P-1", 1, Track, "ID1", "4-10-01-06", 1, "clean-5-01", "a1", 50m, "", "", [new CriterionMark("c1", 50m)]),
            new PracticalSheetFact("sheet/a2", Monday, "P-1/ID1", "P-1", 1, Track, "ID1", "4-10-01-06", 1, "clean-5-01", "a2", 20m, "", "", [new CriterionMark("c1", 20m)]),
            new AdjudicationFact("ruling/1", Monday.AddHours(1), "P-1/ID1", "P-1", "clean-5-01", "chief.wang", 40m, "复核录像"),
        ]);

        var ruling = Assert.Single(await records.RulingsAsync("P-1"));

        Assert.Equal(("ID1", "clean-5-01", 40m, "chief.wang"), (ruling.IdNumber, ruling.TaskId, ruling.Score, ruling.Chief));
        Assert.Empty(await records.RulingsAsync("P-2"));
    }

    [StorageFact]
    public async Task FindCertificates_ByPartOfNumberNameOrId_SittingAndDates_WithLatestStatus()
    {
        var (facts, records) = await StoresAsync();
        await facts.AppendAsync([
            Certificate("S0001404000126000101", "ID140402198001010011", "王秀英", new DateOnly(2026, 11, 20), 0),
            Certificate("S0001404000126000102", "ID140402198001010022", "李桂芝", new DateOnly(2026, 11, 25), 1),
            Certificate("S0001404000126000103", "ID140402198001010033", "100%_王", new DateOnly(2026, 11, 26), 2),
            new CertificateStatusFact("certificate/S0001404000126000102/status/0", Monday, "S0001404000126000102", 0, "valid", "issued", "manager", null),
            new CertificateStatusFact("certificate/S0001404000126000102/status/1", Monday.AddHours(1), "S0001404000126000102", 1, "suspended", "申诉复核中", "manager", null),
            Result("r1", "ID140402198001010022", "Theory", "S-7", 80m, 0),
        ]);

        async Task<string[]> Find(string text, string session = "", DateOnly? from = null, DateOnly? to = null) =>
            (await records.FindCertificatesAsync(new CertificateQuery(text, session, from, to), 0, 100)).Select(c => c.Number[^3..]).ToArray();

        Assert.Equal(["103", "102", "101"], await Find("s000140400012600"));
        Assert.Equal(["103", "101"], await Find("王"));
        Assert.Equal(["103"], await Find("100%_"));
        Assert.Empty(await Find("10%"));
        Assert.Equal(["102"], await Find("198001010022"));
        Assert.Equal(["102"], await Find("", "S-7"));
        Assert.Equal(["102"], await Find("", "", new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 25)));
        var suspended = Assert.Single(await records.FindCertificatesAsync(new CertificateQuery("102", "", null, null), 0, 100));
        Assert.Equal(("suspended", "申诉复核中", new DateOnly(2026, 11, 25)), (suspended.Status, suspended.StatusReason, suspended.IssuedOn));
        Assert.Single(await records.FindCertificatesAsync(new CertificateQuery("S000", "", null, null), 1, 1));
    }

    [StorageFact]
    public async Task FindCertificates_ByPartOfAnAdmissionTicket_FromFourCharacters_AnyCase()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        var records = new SqlResultRecords(settings);
        await new SqlFactStore(settings).AppendAsync([
            Certificate("S0001404000126000101", "140402198001010011", "王秀英", new DateOnly(2026, 12, 20), 0),
            Certificate("S0001404000126000102", "140402198001010022", "李桂芝", new DateOnly(2026, 12, 20), 1),
        ]);
        var batches = new SqlBatchRecords(settings);
        await batches.CreateAsync(new BatchRow("b1", Track, "2026年第12批", "长治市职业技能鉴定中心", new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 6), "manager", Monday));
        Assert.Null(await batches.AdmitAsync("b1", "T1206-301", [new BatchMember("140402198001010011", "T1206-301-001"), new BatchMember("140402198001010022", "T1206-301-002")], Monday));

        async Task<string[]> Find(string text) =>
            (await records.FindCertificatesAsync(new CertificateQuery(text, "", null, null), 0, 100)).Select(c => c.Number[^3..]).ToArray();

        Assert.Equal(["102", "101"], await Find("t1206-301"));
        Assert.Equal(["102"], await Find("301-002"));
        Assert.Empty(await Find("T12"));
    }

    private static CandidateProfileFact Profile(string id, int n, string name, int hours) =>
        new($"candidate/{id}/{n}", Monday.AddHours(hours), "internal-" + id, id, name, "潞州区", "", "centre");

    private static ComponentResultFact Result(string factId, string id, string component, string session, decimal score, int hours, bool voided = false) =>
        new("result/" + factId, Monday.AddHours(hours), Track, id, component, score, 60m, new DateOnly(2026, 11, 23), session, voided);

    private static CertificateIssuedFact Certificate(string number, string id, string name, DateOnly issuedOn, int hours) =>
        new("certificate/" + number, Monday.AddHours(hours), number, "skill-level", Track, id, name, "4-10-01-06", "家务服务员", 5, issuedOn, "manager");

    private async Task<(SqlFactStore Facts, SqlResultRecords Records)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlFactStore(settings), new SqlResultRecords(settings));
    }
}

/// <summary>The result reads on a fresh SQLite file.</summary>
public sealed class SqliteResultRecordsTests(SqliteTarget target) : ResultRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The result reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresResultRecordsTests(PostgresTarget target) : ResultRecordsContractTests(target), IClassFixture<PostgresTarget>;
