using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Credit;
using CertEngine.Storage.Records.Exports;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>
/// The reads for reports to the authority, the 一人多证 check list, the export log and credit records (migration 0011) on a
/// real database of each dialect.
/// </summary>
public abstract class ExportRecordsContractTests(StorageTarget target)
{
    private const string Track5 = "4-10-01-06/家务服务员/5";
    private const string Track4 = "4-10-01-06/家务服务员/4";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 23);

    [StorageFact]
    public async Task Certificates_InTheRange_WithTheLatestValidResultPerComponent_AndTheCentre()
    {
        var (facts, records, _, _, sittings) = await StoresAsync();
        await sittings.PutAsync("*", [new SittingRow("P-1", Track5, 1, "长治市职业技能鉴定中心", "实训室1", Monday)]);
        await facts.AppendAsync([
            Result("r1", "ID1", "Theory", "T-1", 55m, 0), Result("r2", "ID1", "Theory", "T-2", 72.5m, 1), Result("r3", "ID1", "Theory", "T-3", 99m, 2, voided: true),
            Result("r4", "ID1", "Practical", "P-1", 81m, 1),
            Certificate("S0000140000012650000010", "ID1", "王秀英", Day.AddDays(2), 3),
            Certificate("S0000140000012650000011", "ID2", "李桂芝", Day.AddDays(40), 4),
            new CertificateStatusFact("certificate/S0000140000012650000010/status/0", Monday, "S0000140000012650000010", 0, "valid", "issued", "manager", null),
        ]);

        var count = await records.CountCertificatesAsync(Day, Day.AddDays(30));
        var rows = await ToListAsync(records.CertificatesAsync(Day, Day.AddDays(30), 100));

        Assert.Equal(1, count);
        var row = Assert.Single(rows);
        Assert.Equal(("ID1", "王秀英", "S0000140000012650000010", "家务服务员", 5, Day.AddDays(2), "valid"),
            (row.IdNumber, row.Name, row.Number, row.WorkType, row.Level, row.IssuedOn, row.Status));
        Assert.Equal((72.5m, "T-2", false), (row.Theory!.Score, row.Theory.SessionId, row.Theory.Voided));
        Assert.Equal((81m, "长治市职业技能鉴定中心", Day), (row.Practical!.Score, row.Practical.Centre, row.Practical.ExamDate));
        Assert.Null(row.Review);
        Assert.Single(await ToListAsync(records.CertificatesAsync(Day, Day.AddDays(60), 1)));
    }

    [StorageFact]
    public async Task Results_OfASitting_OneLinePerCandidateAndTrack_WithTheCertificate_AndVoidFlagged()
    {
        var (facts, records, _, _, _) = await StoresAsync();
        await facts.AppendAsync([
            Profile("ID1", "王秀英"), Profile("ID2", "李桂芝"),
            Result("r1", "ID1", "Theory", "T-1", 72m, 0), Result("r2", "ID1", "Practical", "P-1", 81m, 1),
            Result("r3", "ID2", "Theory", "T-1", 40m, 0, voided: true), Result("r4", "ID3", "Theory", "T-9", 90m, 0),
            Certificate("S0000140000012650000010", "ID1", "王秀英", Day, 3),
        ]);

        var rows = await ToListAsync(records.ResultsAsync(ResultScope.Sitting("T-1"), 100));
        var dated = await records.CountResultsAsync(ResultScope.Dates(Day, Day));

        Assert.Equal(["ID1", "ID2"], rows.Select(r => r.IdNumber));
        Assert.Equal(("王秀英", 72m, 81m, "S0000140000012650000010"), (rows[0].Name, rows[0].Theory!.Score, rows[0].Practical!.Score, rows[0].Number));
        Assert.Equal(("李桂芝", true, null), (rows[1].Name, rows[1].Theory!.Voided, rows[1].Number));
        Assert.Equal(3, dated);
        Assert.Equal(2, await records.CountResultsAsync(ResultScope.Sitting("T-1")));
        Assert.Empty(await ToListAsync(records.ResultsAsync(ResultScope.Sitting("nothing"), 100)));
    }

    [StorageFact]
    public async Task NearDuplicates_WorkTypesOfOneLevel_ThenNameSpellings()
    {
        var (facts, records, _, _, _) = await StoresAsync();
        await facts.AppendAsync([
            Certificate("S0000140000012650000010", "ID1", "王秀英", Day, 0),
            Certificate("S0000140000012650000011", "ID1", "王秀英", Day, 1) with { WorkType = "母婴护理员", TrackKey = "4-10-01-06/母婴护理员/5" },
            Certificate("S0000140000012640000012", "ID1", "王秀英", Day, 2) with { Level = 4, TrackKey = Track4 },
            Certificate("S0000140000012650000013", "ID2", "李桂芝", Day, 3),
            Profile("ID2", "李桂枝"), Profile("ID3", "张伟"),
        ]);

        var pairs = await records.NearDuplicatesAsync(100);

        Assert.Equal([("work-type", "ID1", "S0000140000012650000010", "S0000140000012650000011"), ("name", "ID2", "李桂枝", "李桂芝")],
            pairs.Select(p => (p.Kind, p.IdNumber, p.First, p.Second)));
        Assert.Equal(("家务服务员", "母婴护理员", 5), (pairs[0].FirstDetail, pairs[0].SecondDetail, pairs[0].Level));
        Assert.Single(await records.NearDuplicatesAsync(1));
    }

    [StorageFact]
    public async Task ExportLog_AppendsOnce_ListsNewestFirst_WithTheTotal()
    {
        var (_, _, log, _, _) = await StoresAsync();
        var first = new ExportLogEntry("e1", "certificates", "xlsx", "from=2026-11-01&to=2026-11-30", 12, 4096, new string('a', 64), "certificates.xlsx", "manager", Monday);

        var stored = await log.AppendAsync(first);
        var again = await log.AppendAsync(first with { RowCount = 99 });
        await log.AppendAsync(first with { ExportId = "e2", Kind = "results", At = Monday.AddHours(1) });
        var (entries, total) = await log.ListAsync(0, 10);

        Assert.True(stored);
        Assert.False(again);
        Assert.Equal(2, total);
        Assert.Equal(["e2", "e1"], entries.Select(e => e.ExportId));
        Assert.Equal(first, entries[1]);
        Assert.Equal(["e1"], (await log.ListAsync(1, 1)).Entries.Select(e => e.ExportId));
    }

    [StorageFact]
    public async Task Credit_TrainingOnceById_ComponentsLatestPerSitting_CertificatesWithStatus()
    {
        var (facts, _, _, credit, _) = await StoresAsync();
        var entry = new TrainingEntry("t1", "ID1", "长治市家政培训学校", "家务服务员五级班", 40.5m, Day.AddDays(-30), Day.AddDays(-20), "centre", Monday);
        await facts.AppendAsync([
            Result("r1", "ID1", "Theory", "T-1", 55m, 0), Result("r2", "ID1", "Theory", "T-1", 65m, 1), Result("r3", "ID1", "Practical", "P-1", 81m, 1),
            Result("r4", "ID2", "Theory", "T-1", 90m, 0),
            Certificate("S0000140000012650000010", "ID1", "王秀英", Day, 3),
            new CertificateStatusFact("certificate/S0000140000012650000010/status/0", Monday, "S0000140000012650000010", 0, "valid", "issued", "manager", null),
            new CertificateStatusFact("certificate/S0000140000012650000010/status/1", Monday.AddHours(5), "S0000140000012650000010", 1, "suspended", "复核", "manager", null),
        ]);

        var added = await credit.AddTrainingAsync([entry, entry with { EntryId = "t2", Hours = 8m, From = Day.AddDays(-60), To = Day.AddDays(-60) }]);
        var again = await credit.AddTrainingAsync([entry]);
        var training = await credit.TrainingAsync("ID1");
        var components = await credit.ComponentsAsync("ID1");
        var certificate = Assert.Single(await credit.CertificatesAsync("ID1"));

        Assert.Equal((2, 0), (added, again));
        Assert.Equal(["t2", "t1"], training.Select(t => t.EntryId));
        Assert.Equal(entry, training[1]);
        Assert.Equal([("Practical", 81m), ("Theory", 65m)], components.Select(c => (c.Component, c.Score)));
        Assert.Equal(("suspended", 5, "家务服务员"), (certificate.Status, certificate.Level, certificate.WorkType));
        Assert.Empty(await credit.TrainingAsync("ID2"));
    }

    [StorageFact]
    public async Task Lines_CompletedAPageAhead_AreTheSameAsReadInOnePage_OnASeededStore()
    {
        // A seeded mix: two tracks, retakes, void results, several sittings with centres, certificates (some of them
        // replaced or suspended), profiles for most. Read in pages of 1, 3 and 7 lines, each page completed while the one
        // before is handed on, the lines must equal those of one page holding all (no page ahead: the former sequential read).
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        var random = new Random(20261206);
        var facts = new List<RecordFact>();
        await new SqlSittingIndexStore(settings).PutAsync("*", [
            new SittingRow("T-1", Track5, 0, "长治考点1", "101", Monday), new SittingRow("P-1", Track5, 1, "长治考点2", "201", Monday),
            new SittingRow("T-2", Track4, 0, "=长治考点3", "102", Monday)]);
        for (var i = 0; i < 41; i++)
        {
            var id = "ID" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (i % 5 != 0)
            {
                facts.Add(Profile(id, "考生" + i));
            }

            var results = random.Next(1, 5);
            for (var r = 0; r < results; r++)
            {
                var track = random.Next(3) == 0 ? Track4 : Track5;
                var component = random.Next(3) switch { 0 => "Theory", 1 => "Practical", _ => "Review" };
                var session = new[] { "T-1", "P-1", "T-2", "X-9" }[random.Next(4)];
                facts.Add(Result($"{id}-{r}", id, component, session, random.Next(30, 101), random.Next(0, 6), voided: random.Next(6) == 0) with
                {
                    TrackKey = track,
                    ExamDate = Day.AddDays(random.Next(0, 3)),
                });
            }

            if (random.Next(3) > 0)
            {
                var number = "S000014000001265" + i.ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);
                facts.Add(Certificate(number, id, "证" + i, Day.AddDays(random.Next(0, 3)), random.Next(0, 6)));
                if (random.Next(4) == 0)
                {
                    facts.Add(new CertificateStatusFact($"certificate/{number}/status/0", Monday, number, 0, random.Next(2) == 0 ? "suspended" : "replaced", "", "manager", null));
                }
            }
        }

        await new SqlFactStore(settings).AppendAsync(facts);
        var (from, to) = (Day, Day.AddDays(2));
        var whole = new SqlExportRecords(settings, 1_000);
        var expected = (
            await ToListAsync(whole.CertificatesAsync(from, to, 1_000)),
            await ToListAsync(whole.ResultsAsync(ResultScope.Dates(from, to), 1_000)),
            await ToListAsync(whole.ResultsAsync(ResultScope.Sitting("T-1"), 1_000)));
        Assert.True(expected.Item1.Count > 15 && expected.Item2.Count > 30 && expected.Item3.Count > 5, $"{expected.Item1.Count}, {expected.Item2.Count}, {expected.Item3.Count}");
        Assert.Contains(expected.Item2, r => r.Theory is { Voided: true } || r.Practical is { Voided: true } || r.Review is { Voided: true });
        Assert.Contains(expected.Item1, r => r.Status is "suspended" or "replaced");

        foreach (var page in new[] { 1, 3, 7 })
        {
            var paged = new SqlExportRecords(settings, page);
            Assert.Equal(expected.Item1, await ToListAsync(paged.CertificatesAsync(from, to, 1_000)));
            Assert.Equal(expected.Item2, await ToListAsync(paged.ResultsAsync(ResultScope.Dates(from, to), 1_000)));
            Assert.Equal(expected.Item3, await ToListAsync(paged.ResultsAsync(ResultScope.Sitting("T-1"), 1_000)));
            Assert.Equal(expected.Item2.Take(10), await ToListAsync(paged.ResultsAsync(ResultScope.Dates(from, to), 10)));
        }

        // A reader that stops after a few lines (a page still being completed) leaves nothing behind: the store reads on.
        await foreach (var _ in new SqlExportRecords(settings, 2).ResultsAsync(ResultScope.Dates(from, to), 1_000))
        {
            break;
        }

        Assert.Equal(expected.Item1, await ToListAsync(new SqlExportRecords(settings, 2).CertificatesAsync(from, to, 1_000)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static CandidateProfileFact Profile(string id, string name) => new($"candidate/{id}/{name}", Monday, "internal-" + id, id, name, "潞州区", "", "centre");

    private static ComponentResultFact Result(string factId, string id, string component, string session, decimal score, int hours, bool voided = false) =>
        new("result/" + factId, Monday.AddHours(hours), Track5, id, component, score, 60m, Day, session, voided);

    private static CertificateIssuedFact Certificate(string number, string id, string name, DateOnly issuedOn, int hours) =>
        new("certificate/" + number, Monday.AddHours(hours), number, "skill-level", Track5, id, name, "4-10-01-06", "家务服务员", 5, issuedOn, "manager");

    private async Task<(SqlFactStore Facts, SqlExportRecords Records, SqlExportLog Log, SqlCreditRecords Credit, SqlSittingIndexStore Sittings)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlFactStore(settings), new SqlExportRecords(settings), new SqlExportLog(settings), new SqlCreditRecords(settings), new SqlSittingIndexStore(settings));
    }
}

/// <summary>The export reads on a fresh SQLite file.</summary>
public sealed class SqliteExportRecordsTests(SqliteTarget target) : ExportRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The export reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresExportRecordsTests(PostgresTarget target) : ExportRecordsContractTests(target), IClassFixture<PostgresTarget>;
