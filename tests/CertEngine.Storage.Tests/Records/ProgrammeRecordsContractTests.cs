using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Programmes;
using CertEngine.Storage.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>
/// The programme report's figures and the 培训补贴 list (<see cref="SqlProgrammeRecords"/>, <see cref="SqlSubsidyClaims"/>) on a
/// real database of each dialect, against a generated year whose totals are known (docs/programme.md "Definitions").
/// </summary>
public abstract class ProgrammeRecordsContractTests(StorageTarget target)
{
    private const string Maternal = "4-10-01-06/母婴护理员/4";
    private const string Elderly = "4-10-01-05/5";
    private const string Tidy = "专项/ZX-ZLSN";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [StorageFact]
    public async Task Cells_GeneratedYear_GiveTheKnownTotals()
    {
        var (settings, records, _) = await StoresAsync();
        await GenerateYearAsync(settings);

        var cells = await records.CellsAsync(2025);

        long Sum(string measure, string component = "") => cells.Where(c => c.Measure == measure && (component == "" || c.Component == component)).Sum(c => c.Count);
        Assert.Equal(38, Sum(ProgrammeMeasures.Registered));
        Assert.Equal(35, Sum(ProgrammeMeasures.Assessed));
        Assert.Equal(20, Sum(ProgrammeMeasures.Passed));
        Assert.Equal(19, Sum(ProgrammeMeasures.Certified));
        Assert.Equal(30, Sum(ProgrammeMeasures.Sat, "Theory"));
        Assert.Equal(35, Sum(ProgrammeMeasures.Sat, "Practical"));
        Assert.Equal(21, Sum(ProgrammeMeasures.PassedComponent, "Theory"));
        Assert.Equal(28, Sum(ProgrammeMeasures.PassedComponent, "Practical"));
        Assert.Equal((2L, 3000m), (Sum(ProgrammeMeasures.Claims), cells.Where(c => c.Measure == ProgrammeMeasures.Claims).Sum(c => c.Amount)));
    }

    [StorageFact]
    public async Task Cells_SplitByMonthCountyAndCentre()
    {
        var (settings, records, _) = await StoresAsync();
        await GenerateYearAsync(settings);

        var cells = await records.CellsAsync(2025);

        var certified = cells.Where(c => c.Measure == ProgrammeMeasures.Certified).ToList();
        Assert.Equal([(2, 1L), (4, 14L), (6, 4L)], certified.GroupBy(c => c.Month).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(c => c.Count))));
        Assert.Equal([("", 1L), ("长治一中心", 14L), ("长治二中心", 4L)], certified.GroupBy(c => c.Centre).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(c => c.Count))));
        // Enrolled at 00:30 on 1 January, China time: January of 2025, although it is still 2024 in UTC.
        Assert.Equal(1, cells.Where(c => c.Measure == ProgrammeMeasures.Registered && c.TrackKey == Elderly && c.Month == 1).Sum(c => c.Count));
        Assert.Equal(4, cells.Where(c => c.Measure == ProgrammeMeasures.Registered && c.TrackKey == Elderly).Sum(c => c.Count));
        Assert.Equal(15 + 4, cells.Where(c => c.Measure == ProgrammeMeasures.Registered && c.County == "襄垣县").Sum(c => c.Count));
        Assert.Empty(await records.CellsAsync(2031));
    }

    [StorageFact]
    public async Task Certified_OverSeveralYears_ByTrack()
    {
        var (settings, records, _) = await StoresAsync();
        await GenerateYearAsync(settings);

        var certified = await records.CertifiedAsync(2024, 2025);

        Assert.Equal(15, certified[Maternal]);
        Assert.Equal(4, certified[Tidy]);
    }

    [StorageFact]
    public async Task Targets_SavedAndReplaced()
    {
        var (_, records, _) = await StoresAsync();

        await records.SaveTargetAsync(new StoredTarget("maternal", 2023, 2021, 15000, "admin", Day(2025, 1, 2)));
        await records.SaveTargetAsync(new StoredTarget("maternal", 2023, 2022, 12000, "admin2", Day(2025, 1, 3)));

        var target = Assert.Single(await records.TargetsAsync());
        Assert.Equal(("maternal", 2023, 2022, 12000, "admin2"), (target.Programme, target.Year, target.FromYear, target.Target, target.Actor));
    }

    [StorageFact]
    public async Task SubsidyList_OnePerPersonOccupationAndLevel_InForceOnly()
    {
        var (settings, _, claims) = await StoresAsync();
        await GenerateYearAsync(settings);
        var query = new SubsidyQuery(2025, [SubsidyKeys.Pair("4-10-01-06", 4), SubsidyKeys.Pair("ZX-ZLSN", null)]);

        var (lines, total) = await claims.ListAsync(query, 0, 100);

        // 15 maternal certificates: one revoked, one reissued (the first number keeps the claim), one held by a second 工种's
        // earlier certificate of the same occupation and level (listed instead); plus four 专项.
        Assert.Equal(13 + 1 + 4, total);
        Assert.Equal(18, lines.Count);
        Assert.DoesNotContain(lines, l => l.Number == Number(1) || l.Number == Number(2, reissue: true));
        Assert.Contains(lines, l => l.Number == Number(2));
        Assert.Contains(lines, l => l.Number == "S-EARLY-4");
        Assert.DoesNotContain(lines, l => l.Number == Number(4));
        Assert.Equal((12L, 6L), ((await claims.ListAsync(query with { County = "潞州区" }, 0, 100)).Total, (await claims.ListAsync(query with { County = "襄垣县" }, 0, 100)).Total));
        Assert.Equal(2, (await claims.ListAsync(query with { State = "submitted" }, 0, 100)).Total);
        Assert.Equal(4, (await claims.ListAsync(query with { Month = 6 }, 0, 100)).Total);
        Assert.Equal(5, (await claims.ListAsync(query, 0, 5)).Lines.Count);
        // A page without the count (the list page and the export read these): the same lines, in the same order.
        Assert.Equal(lines, await claims.PageAsync(query, 0, 100));
        Assert.Equal(lines.Skip(5).Take(7), await claims.PageAsync(query, 5, 7));
        Assert.Equal(lines.Where(l => l.County == "襄垣县"), await claims.PageAsync(query with { County = "襄垣县" }, 0, 100));
        var summary = await claims.SummaryAsync(query);
        Assert.Equal(18, summary.Sum(g => g.Count));
        Assert.Equal(2, summary.Where(g => g.State == "submitted").Sum(g => g.Count));
    }

    [StorageFact]
    public async Task ChangeClaim_StaleVersionOrSecondCertificate_ChangesNothing()
    {
        var (settings, _, claims) = await StoresAsync();
        await GenerateYearAsync(settings);
        var (line, heldBy, inForce) = await claims.FindAsync(Number(8));
        Assert.NotNull(line);
        Assert.Null(heldBy);
        Assert.True(inForce);

        Assert.Null(await claims.ChangeAsync(new SubsidyClaimChange(line, "submitted", "", 1500m, "manager", Day(2025, 5, 1))));
        Assert.Equal(1, await claims.ChangeAsync(new SubsidyClaimChange(line, "submitted", "", 1500m, "manager2", Day(2025, 5, 2))));
        var (after, _, _) = await claims.FindAsync(Number(8));
        Assert.Equal(("submitted", 1, "manager"), (after!.State, after.Version, after.Actor));
        Assert.Null(await claims.ChangeAsync(new SubsidyClaimChange(after, "refused", "材料不全", 1500m, "manager", Day(2025, 5, 3))));
        Assert.Equal(["submitted", "refused"], (await claims.HistoryAsync(line.ClaimKey)).Select(e => e.State));

        var (second, secondHeldBy, _) = await claims.FindAsync(Number(4));
        Assert.Equal("S-EARLY-4", secondHeldBy);
        var early = (await claims.FindAsync("S-EARLY-4")).Line!;
        Assert.Null(await claims.ChangeAsync(new SubsidyClaimChange(early, "submitted", "", 1500m, "manager", Day(2025, 5, 1))));
        Assert.Equal(1, await claims.ChangeAsync(new SubsidyClaimChange(second!, "submitted", "", 1500m, "manager", Day(2025, 5, 1))));
        Assert.Equal("S-EARLY-4", (await claims.FindAsync(Number(4))).HeldBy);
        Assert.Equal((true, false), ((await claims.FindAsync(Number(1))).Line is not null, (await claims.FindAsync(Number(1))).InForce));
        Assert.Null((await claims.FindAsync("NO-SUCH")).Line);
    }

    [StorageFact]
    public async Task KeptPeople_EqualARecomputationFromTheResults_WhateverOrderRetriesAndCentreChanges()
    {
        var (settings, records, _) = await StoresAsync();
        await GenerateYearAsync(settings);
        var store = new SqlFactStore(settings);
        var sittings = new SqlSittingIndexStore(settings);
        var random = new Random(20261206);
        var sessions = new[] { "T-0", "T-1", "P-1", "R-1", "R-2" };
        // Random results over two years on two tracks, in batches of a few appended twice (an outbox retry): retakes,
        // regrades (a later fact of the same sitting, sometimes stored before the one it supersedes), void results.
        var facts = Enumerable.Range(0, 160).Select(n =>
        {
            var person = "RND" + random.Next(25).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var date = new DateOnly(2024 + random.Next(2), random.Next(1, 13), random.Next(1, 28));
            return Result($"rnd-{n}", random.Next(3) == 0 ? Elderly : Maternal, person, random.Next(2) == 0 ? "Theory" : "Practical",
                sessions[random.Next(sessions.Length)], 40m + random.Next(50), date, voided: random.Next(10) == 0, hours: random.Next(-20, 20));
        }).OrderBy(_ => random.Next()).ToList();
        for (var start = 0; start < facts.Count; start += 7)
        {
            var batch = facts.Skip(start).Take(7).ToList();
            Assert.Equal(batch.Count, await store.AppendAsync(batch));
            Assert.Equal(0, await store.AppendAsync(batch));
            if (start == 70)
            {
                // Sittings placed (or moved to another centre) after their results: the home centres follow.
                await sittings.PutAsync("*", [new SittingRow("R-1", Maternal, 0, "长治四中心", "301", Day(2025, 2, 1)), new SittingRow("T-1", Maternal, 0, "长治零中心", "101", Day(2025, 3, 10))]);
                // A person moves county (a newer profile), another gets a first profile, and an older one arrives late (ignored).
                await store.AppendAsync([
                    new CandidateProfileFact($"candidate/{Id(3)}/2", Day(2025, 7, 1), "in-" + Id(3), Id(3), "考生3", "武乡县", "", "centre"),
                    new CandidateProfileFact("candidate/RND03/1", Day(2025, 7, 1), "in-RND03", "RND03", "随机3", "沁县", "", "centre"),
                    new CandidateProfileFact($"candidate/{Id(5)}/0", Day(2023, 1, 1), "in-" + Id(5), Id(5), "考生5", "沁源县", "", "centre"),
                ]);
            }
        }

        await sittings.RemoveAsync("*", "T-0");
        var kept = await PeopleAsync(settings);
        var cells = await records.CellsAsync(2025);

        await records.RebuildPeopleAsync();

        Assert.Contains(kept, p => p.Contains("长治零中心", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.Contains("RND03", StringComparison.Ordinal) && p.Contains("沁县", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, p => p.Contains("沁源县", StringComparison.Ordinal));
        Assert.Equal(1, cells.Where(c => c.Measure == ProgrammeMeasures.Registered && c.County == "武乡县").Sum(c => c.Count));
        Assert.True(kept.Count > 200);
        Assert.Equal(await PeopleAsync(settings), kept);
        Assert.Equal(Sorted(cells), Sorted(await records.CellsAsync(2025)));
    }

    [StorageFact]
    public async Task Migration0018_FillsThePeopleOfResultsStoredBeforeIt()
    {
        var (settings, records, _) = await StoresAsync();
        await GenerateYearAsync(settings);
        var kept = await PeopleAsync(settings);
        var cells = await records.CellsAsync(2025);
        // Back to a store of schema 17 with the same facts: the summary table, the later migration's objects and their versions gone.
        await using (var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "DROP TABLE certengineprogrammepeople; "
                + "DROP TABLE certengineitemtimes; DROP INDEX certengineattemptconductattempt; ALTER TABLE certengineitemsumattempts DROP COLUMN timed; "
                + "DROP INDEX certenginesupervisionrecordsfirstsigned; DROP INDEX certenginesupervisionrecordscorrection; "
                + "DELETE FROM certengine_schema_version WHERE version >= 18;");
        }

        var report = await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();

        Assert.Contains(report.Applied, m => m.StartsWith("0018", StringComparison.Ordinal));
        Assert.Equal(kept, await PeopleAsync(settings));
        Assert.Equal(Sorted(cells), Sorted(await records.CellsAsync(2025)));
        Assert.Equal(20, (await records.CellsAsync(2025)).Where(c => c.Measure == ProgrammeMeasures.Passed).Sum(c => c.Count));
    }

    private static List<ProgrammeCell> Sorted(IEnumerable<ProgrammeCell> cells) => [.. cells.OrderBy(c => c.ToString(), StringComparer.Ordinal)];

    private static async Task<List<string>> PeopleAsync(StorageSettings settings)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None);
        var rows = await connection.QueryAsync<PersonRow>(
            "SELECT trackkey AS TrackKey, idnumber AS IdNumber, component AS Component, year AS Year, sat AS Sat, passed AS Passed, centre AS Centre, " +
            "county AS County, satmonth AS SatMonth, passmonth AS PassMonth, passes AS Passes, lastpass AS LastPass FROM certengineprogrammepeople;");
        return [.. rows.Select(r => r.ToString()).OrderBy(r => r, StringComparer.Ordinal)];
    }

    private sealed record PersonRow
    {
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Component { get; set; } = "";
        public long Year { get; set; }
        public string? Sat { get; set; }
        public string? Passed { get; set; }
        public string Centre { get; set; } = "";
        public string County { get; set; } = "";
        public long? SatMonth { get; set; }
        public long? PassMonth { get; set; }
        public long Passes { get; set; }
        public string? LastPass { get; set; }
    }

    /// <summary>
    /// 2025: 30 maternal candidates (i = 0…29; even i in 潞州区, odd in 襄垣县), enrolled in month i % 12 + 1; theory at 长治一中心
    /// (fails when i % 3 = 0, except i = 0 regraded to a pass), practical at 长治二中心 (fails when i % 5 = 0; i = 7's is void);
    /// the 15 who pass both are certified in April (i = 1 then revoked, i = 2 reissued, i = 4 also holding an earlier 家务服务员
    /// 四级 certificate). i = 30 passed theory in 2024 at 长治三中心 and practical in 2025. Five elderly candidates enrolled
    /// (one at 23:30 on 31 December 2024, one at 00:30 on 1 January 2025, China time), none assessed. Four 专项 candidates
    /// pass in June and are certified. Two maternal claims are submitted (1,500 元 each).
    /// </summary>
    private static async Task GenerateYearAsync(StorageSettings settings)
    {
        var facts = new SqlFactStore(settings);
        var enrolments = new SqlEnrolmentStore(settings);
        var sittings = new SqlSittingIndexStore(settings);
        await sittings.PutAsync("*", [
            new SittingRow("T-0", Maternal, 0, "长治三中心", "101", Day(2024, 11, 5)),
            new SittingRow("T-1", Maternal, 0, "长治一中心", "101", Day(2025, 3, 10)),
            new SittingRow("P-1", Maternal, 1, "长治二中心", "201", Day(2025, 3, 11)),
            new SittingRow("P-S", Tidy, 1, "长治二中心", "202", Day(2025, 6, 1)),
        ]);
        var list = new List<RecordFact>();
        var enrolled = new List<EnrolmentFact>();
        for (var i = 0; i <= 30; i++)
        {
            var id = Id(i);
            list.Add(new CandidateProfileFact($"candidate/{id}/1", Day(2024, 1, 1), "in-" + id, id, "考生" + i, i % 2 == 0 ? "潞州区" : "襄垣县", "", "centre"));
            if (i == 30)
            {
                enrolled.Add(new EnrolmentFact(Maternal, id, "c", [], Day(2024, 10, 1), "centre"));
                list.Add(Result($"{i}-t", Maternal, id, "Theory", "T-0", 70m, new DateOnly(2024, 11, 5)));
                list.Add(Result($"{i}-p", Maternal, id, "Practical", "P-1", 80m, new DateOnly(2025, 1, 15)));
                list.Add(Certificate(Number(i), Maternal, id, "4-10-01-06", "母婴护理员", 4, new DateOnly(2024, 12, 20)));
                continue;
            }

            enrolled.Add(new EnrolmentFact(Maternal, id, "c", [], Day(2025, i % 12 + 1, 10), "centre"));
            list.Add(Result($"{i}-t", Maternal, id, "Theory", "T-1", i % 3 == 0 ? 50m : 70m, new DateOnly(2025, 3, 10)));
            list.Add(Result($"{i}-p", Maternal, id, "Practical", "P-1", i % 5 == 0 ? 55m : 80m, new DateOnly(2025, 3, 11), voided: i == 7));
            var passes = i % 3 != 0 && i % 5 != 0 && i != 7;
            if (passes)
            {
                list.Add(Certificate(Number(i), Maternal, id, "4-10-01-06", "母婴护理员", 4, new DateOnly(2025, 4, 1)));
            }
        }

        list.Add(Result("0-t-regrade", Maternal, Id(0), "Theory", "T-1", 65m, new DateOnly(2025, 3, 10), hours: 5));
        list.Add(new CertificateStatusFact($"certificate/{Number(1)}/status/1", Day(2025, 4, 5), Number(1), 1, "revoked", "冒名顶替", "manager", null));
        list.Add(Certificate(Number(2, reissue: true), Maternal, Id(2), "4-10-01-06", "母婴护理员", 4, new DateOnly(2025, 4, 8)));
        list.Add(new CertificateStatusFact($"certificate/{Number(2)}/status/1", Day(2025, 4, 8), Number(2), 1, "superseded", "换发", "manager", Number(2, reissue: true)));
        list.Add(Certificate("S-EARLY-4", "4-10-01-06/家务服务员/4", Id(4), "4-10-01-06", "家务服务员", 4, new DateOnly(2025, 2, 1)));
        for (var j = 0; j < 5; j++)
        {
            var id = "EL" + j;
            list.Add(new CandidateProfileFact($"candidate/{id}/1", Day(2024, 1, 1), "in-" + id, id, "养老" + j, "襄垣县", "", "centre"));
            var at = j switch
            {
                0 => new DateTimeOffset(2025, 1, 1, 0, 30, 0, China),
                4 => new DateTimeOffset(2024, 12, 31, 23, 30, 0, China),
                _ => Day(2025, 5, 1),
            };
            enrolled.Add(new EnrolmentFact(Elderly, id, "c", [], at, "centre"));
        }

        for (var k = 0; k < 4; k++)
        {
            var id = "ZL" + k;
            list.Add(new CandidateProfileFact($"candidate/{id}/1", Day(2024, 1, 1), "in-" + id, id, "收纳" + k, "潞州区", "", "centre"));
            enrolled.Add(new EnrolmentFact(Tidy, id, "c", [], Day(2025, 5, 20), "centre"));
            list.Add(Result($"{id}-p", Tidy, id, "Practical", "P-S", 75m, new DateOnly(2025, 6, 1)));
            list.Add(Certificate("S-ZL-" + k, Tidy, id, "ZX-ZLSN", "", null, new DateOnly(2025, 6, 20)));
        }

        await facts.AppendAsync(list);
        await enrolments.AppendAsync(enrolled);
        var claims = new SqlSubsidyClaims(settings);
        foreach (var i in new[] { 11, 13 })
        {
            var line = (await claims.FindAsync(Number(i))).Line!;
            Assert.Null(await claims.ChangeAsync(new SubsidyClaimChange(line, "submitted", "", 1500m, "manager", Day(2025, 5, 1))));
        }
    }

    private static string Id(int i) => "ID" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Number(int i, bool reissue = false) => (reissue ? "S-R-" : "S-M-") + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 10, 0, 0, China);

    private static ComponentResultFact Result(string factId, string track, string id, string component, string session, decimal score, DateOnly date, bool voided = false, int hours = 0) =>
        new("result/" + factId, new DateTimeOffset(date, new TimeOnly(12, 0), China).AddHours(hours), track, id, component, score, 60m, date, session, voided);

    private static CertificateIssuedFact Certificate(string number, string track, string id, string occupation, string workType, int? level, DateOnly issuedOn) =>
        new("certificate/" + number, new DateTimeOffset(issuedOn, new TimeOnly(9, 0), China), number, level is null ? "specialty" : "skill-level", track, id, "持证人",
            occupation, workType, level, issuedOn, "manager");

    private async Task<(StorageSettings Settings, SqlProgrammeRecords Records, SqlSubsidyClaims Claims)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (settings, new SqlProgrammeRecords(settings), new SqlSubsidyClaims(settings));
    }
}

/// <summary>The programme reads on a fresh SQLite file.</summary>
public sealed class SqliteProgrammeRecordsTests(SqliteTarget target) : ProgrammeRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The programme reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresProgrammeRecordsTests(PostgresTarget target) : ProgrammeRecordsContractTests(target), IClassFixture<PostgresTarget>;
