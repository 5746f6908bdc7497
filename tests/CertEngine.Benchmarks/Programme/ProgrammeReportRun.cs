using System.Diagnostics;
using System.Globalization;
using CertEngine.Server.Features.Exports;
using CertEngine.Server.Features.Programme;
using CertEngine.Server.Features.Subsidies;
using CertEngine.Storage;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Exports;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Programmes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CertEngine.Benchmarks.Programme;

/// <summary>
/// The <c>programme-report [--postgres CONNSTR] [--candidates N] [--keep]</c> command: generates a year in a fresh record store (SQLite
/// file, or a new PostgreSQL database dropped afterwards) — N candidates (default 50,000) enrolled on ten programme tracks
/// in twelve counties, each with a theory and a practical result (2 N attempts) and a certificate (N), one in five claimed —
/// written through the fact store as the grains write them, then times the programme report (every measure grouped in the
/// database, placed in programmes), the 培训补贴 list (summary per county and month, a page and its count) and the
/// 数据上报 exports (certificates of the year, results by exam dates and of one sitting, streamed into a file): the median
/// and the slowest of 5 runs after a warm-up. The issue's bound is 2 s each. <c>--store</c> reuses a kept store, <c>--only</c>
/// times one part; the statements before issue 19's summary table are timed beside the current ones and their output compared.
/// </summary>
public static class ProgrammeReportRun
{
    public const string Command = "programme-report";

    private const int Year = 2025;
    private const int Rounds = 5;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly (string Track, string Occupation, string WorkType, int? Level)[] Tracks =
    [
        ("4-10-01-06/家务服务员/5", "4-10-01-06", "家务服务员", 5), ("4-10-01-06/家务服务员/4", "4-10-01-06", "家务服务员", 4),
        ("4-10-01-06/母婴护理员/5", "4-10-01-06", "母婴护理员", 5), ("4-10-01-06/母婴护理员/4", "4-10-01-06", "母婴护理员", 4),
        ("4-10-01-05/5", "4-10-01-05", "", 5), ("4-10-01-05/4", "4-10-01-05", "", 4), ("4-10-01-02/5", "4-10-01-02", "", 5),
        ("4-14-01-02/5", "4-14-01-02", "", 5), ("专项/ZX-MYHL", "ZX-MYHL", "", null), ("专项/ZX-ZLSN", "ZX-ZLSN", "", null),
    ];

    private static readonly string[] Counties = ["潞州区", "上党区", "屯留区", "潞城区", "襄垣县", "平顺县", "黎城县", "壶关县", "长子县", "武乡县", "沁县", "沁源县"];

    public static async Task<int> RunAsync(string[] args)
    {
        var postgres = Option(args, "--postgres");
        var candidates = int.Parse(Option(args, "--candidates") ?? "50000", CultureInfo.InvariantCulture);
        // --store reuses a store generated before with --keep (a SQLite folder, or with --postgres the database's name): it is
        // migrated (the time is printed: an old store gets the later migrations' backfills) and not generated or dropped.
        var reuse = Option(args, "--store");
        // --only report|subsidies|exports times one part (default: all).
        var only = Option(args, "--only");
        var (settings, drop) = reuse is not null ? Reused(reuse, postgres) : postgres is null ? Sqlite() : await PostgresAsync(postgres);
        // --keep leaves the generated store in place (its path or database is printed) to read query plans against it.
        var keep = args.Contains("--keep") || reuse is not null;
        Console.WriteLine($"store: {(settings is StorageSettings.Embedded embedded ? embedded.DatabasePath : ((StorageSettings.Postgres)settings).ConnectionString)}");
        try
        {
            var watch = Stopwatch.StartNew();
            var migrated = await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
            Console.WriteLine($"migrated in {watch.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", migrated.Applied)}");
            if (reuse is null)
            {
                watch.Restart();
                await GenerateAsync(settings, candidates);
                Console.WriteLine($"{settings.Dialect}: {candidates} candidates, {2 * candidates} attempts, {candidates} certificates written in {watch.Elapsed.TotalSeconds:0.0} s");
            }

            Console.WriteLine($"processors {Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load {LoadAverage()}");
            if (only is null or "report")
            {
                await ReportAsync(settings);
            }

            if (only is null or "subsidies")
            {
                await SubsidiesAsync(settings);
            }

            if (only is null or "exports")
            {
                await ExportsAsync(settings);
            }

            Console.WriteLine($"load {LoadAverage()}");
            return 0;
        }
        finally
        {
            if (!keep)
            {
                await drop();
            }
        }
    }

    private static async Task ReportAsync(StorageSettings settings)
    {
        var catalogue = new ProgrammeCatalogue(Options.Create(new ProgrammeOptions { Root = Path.Combine(RepositoryRoot(), "programme") }));
        // Building the report never calls a grain (only changes are audited through one): no silo here.
        var records = new SqlProgrammeRecords(settings);
        var reports = new ProgrammeReports(records, catalogue, null!, TimeProvider.System);
        var report = await reports.BuildAsync(Year, ProgrammeFilter.None, CancellationToken.None);
        Console.WriteLine($"report totals: registered {report.Totals.Registered}, assessed {report.Totals.Assessed}, passed {report.Totals.Passed}, certified {report.Totals.Certified}, claims {report.Totals.Claims}");
        await TimeAsync("programme report (year, every measure)", () => reports.BuildAsync(Year, ProgrammeFilter.None, CancellationToken.None));
        await TimeAsync("programme report (one county and month)", () => reports.BuildAsync(Year, new ProgrammeFilter(County: "襄垣县", Month: 6), CancellationToken.None));
        await TimeAsync("  of which the cells read (SqlProgrammeRecords.CellsAsync)", () => records.CellsAsync(Year));
        // The statement before the per-person summary, on the same store and load, and the proof that both give the same cells.
        var legacy = await LegacyCellsAsync(settings, Year);
        var current = await records.CellsAsync(Year);
        Console.WriteLine($"cells: {current.Count}; the same as the statement before the per-person summary: {Same(legacy, current)}");
        await TimeAsync("  the statement before the per-person summary (legacy, for comparison)", () => LegacyCellsAsync(settings, Year));
        await TimeAsync("  the per-person summary recomputed from the results (RebuildPeopleAsync, once per migration)", async () =>
        {
            await records.RebuildPeopleAsync();
            return 0;
        }, rounds: 1);
        Console.WriteLine($"after the recomputation, the same cells: {Same(current, await records.CellsAsync(Year))}");
    }

    private static async Task SubsidiesAsync(StorageSettings settings)
    {
        var catalogue = new ProgrammeCatalogue(Options.Create(new ProgrammeOptions { Root = Path.Combine(RepositoryRoot(), "programme") }));
        var list = new SubsidyList(new SqlSubsidyClaims(settings), catalogue, null!, TimeProvider.System);
        var query = list.Query(Year);
        var listing = await list.ListAsync(query, 1, 100, CancellationToken.None);
        Console.WriteLine($"subsidy list: {listing.Certificates} qualifying, {listing.Summary.Count} county-month groups");
        await TimeAsync("subsidy list (summary + first page of 100)", () => list.ListAsync(query, 1, 100, CancellationToken.None));
        await TimeAsync("subsidy list (summary + page 200 of 100)", () => list.ListAsync(query, 200, 100, CancellationToken.None));
        await TimeAsync("subsidy list (one county, submitted)", () => list.ListAsync(list.Query(Year, "潞州区", 0, "submitted"), 1, 100, CancellationToken.None));
    }

    private static async Task ExportsAsync(StorageSettings settings)
    {
        // 数据上报: the count and the stream from the record store into the file, as NationalExport does (its per-track
        // name lookups, a grain call per track, and the log and audit rows are left out: a handful per report).
        IExportRecords exports = new SqlExportRecords(settings);
        IExportRecords legacy = new LegacyExportRecords(settings);
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        var year = ResultScope.Dates(from, to);
        var sitting = ResultScope.Sitting($"T-{Tracks[0].Track}-1");
        Console.WriteLine($"exports: the same records as before (certificates, results by dates, one sitting): " +
            $"{await SameAsync(legacy, exports, year, true)}, {await SameAsync(legacy, exports, year, false)}, {await SameAsync(legacy, exports, sitting, false)}");
        await TimeAsync("export: certificates of the year, count", () => exports.CountCertificatesAsync(from, to));
        await TimeAsync("export: certificates of the year, records read (no file)", () => DrainAsync(exports.CertificatesAsync(from, to, IExportRecords.MaxLines)));
        await TimeAsync("export: certificates of the year (.xlsx)", () => ExportAsync(exports, year, true, "xlsx"));
        await TimeAsync("export: certificates of the year (.csv)", () => ExportAsync(exports, year, true, "csv"));
        await TimeAsync("export: results by exam dates of the year, count", () => exports.CountResultsAsync(year));
        await TimeAsync("export: results by exam dates of the year, records read (no file)", () => DrainAsync(exports.ResultsAsync(year, IExportRecords.MaxLines)));
        await TimeAsync("export: results by exam dates of the year (.xlsx)", () => ExportAsync(exports, year, false, "xlsx"));
        await TimeAsync("export: results by exam dates of the year (.csv)", () => ExportAsync(exports, year, false, "csv"));
        await TimeAsync("export: results of one sitting (.csv)", () => ExportAsync(exports, sitting, false, "csv"));
        await TimeAsync("export: certificates of the year, records read, legacy (for comparison)", () => DrainAsync(legacy.CertificatesAsync(from, to, IExportRecords.MaxLines)));
        await TimeAsync("export: results by exam dates, records read, legacy (for comparison)", () => DrainAsync(legacy.ResultsAsync(year, IExportRecords.MaxLines)), rounds: 1);
    }

    private static async Task<long> DrainAsync(IAsyncEnumerable<NationalRecord> records)
    {
        long n = 0;
        await foreach (var _ in records)
        {
            n++;
        }

        return n;
    }

    private static async Task<string> SameAsync(IExportRecords before, IExportRecords after, ResultScope scope, bool certificates)
    {
        IAsyncEnumerable<NationalRecord> Read(IExportRecords r) => certificates
            ? r.CertificatesAsync(scope.From!.Value, scope.To!.Value, IExportRecords.MaxLines)
            : r.ResultsAsync(scope, IExportRecords.MaxLines);
        var (a, b) = (new List<NationalRecord>(), new List<NationalRecord>());
        await foreach (var r in Read(before))
        {
            a.Add(r);
        }

        await foreach (var r in Read(after))
        {
            b.Add(r);
        }

        var first = Enumerable.Range(0, Math.Min(a.Count, b.Count)).FirstOrDefault(i => a[i] != b[i], -1);
        return a.Count == b.Count && first < 0 ? $"yes ({a.Count})" : $"NO ({a.Count} vs {b.Count}; first difference at {first})";
    }

    private static async Task<IReadOnlyList<ProgrammeCell>> LegacyCellsAsync(StorageSettings settings, int year)
    {
        var parameters = new Dapper.DynamicParameters();
        parameters.Add("from", $"{year:0000}-01-01");
        parameters.Add("to", $"{year:0000}-12-31");
        parameters.Add("fromUs", MonthStartUs(year, 1));
        parameters.Add("toUs", MonthStartUs(year + 1, 1));
        for (var month = 2; month <= 12; month++)
        {
            parameters.Add("m" + month.ToString(CultureInfo.InvariantCulture), MonthStartUs(year, month));
        }

        await using var connection = await BenchConnections.OpenAsync(settings, CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        if (settings.Dialect == StorageDialect.Postgres)
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "SET LOCAL work_mem = '64MB';", transaction: transaction);
        }

        var rows = await Dapper.SqlMapper.QueryAsync<LegacyCell>(connection, LegacyProgrammeStatement.Cells, parameters, transaction, commandTimeout: 600);
        await transaction.CommitAsync();
        return [.. rows.Select(r => new ProgrammeCell(r.Measure, r.TrackKey, r.County, r.Centre, (int)r.Month, r.Component, r.N, r.Amount))];
    }

    private static string Same(IReadOnlyList<ProgrammeCell> a, IReadOnlyList<ProgrammeCell> b)
    {
        static List<ProgrammeCell> Sorted(IReadOnlyList<ProgrammeCell> cells) => [.. cells.OrderBy(c => c.ToString(), StringComparer.Ordinal)];
        var (x, y) = (Sorted(a), Sorted(b));
        return x.SequenceEqual(y) ? "yes" : $"NO ({x.Count} vs {y.Count} cells; {x.Except(y).Count()} only before, {y.Except(x).Count()} only now)";
    }

    private static long MonthStartUs(int year, int month) => CertEngine.Domain.Audit.AuditChain.MicrosecondsOf(new DateTimeOffset(year, month, 1, 0, 0, 0, China));

    private sealed class LegacyCell
    {
        public string Measure { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string County { get; set; } = "";
        public string Centre { get; set; } = "";
        public long Month { get; set; }
        public string Component { get; set; } = "";
        public long N { get; set; }
        public decimal Amount { get; set; }
    }

    private static async Task<long> ExportAsync(IExportRecords records, ResultScope scope, bool certificates, string format)
    {
        var count = certificates ? await records.CountCertificatesAsync(scope.From!.Value, scope.To!.Value) : await records.CountResultsAsync(scope);
        var source = certificates ? records.CertificatesAsync(scope.From!.Value, scope.To!.Value, IExportRecords.MaxLines) : records.ResultsAsync(scope, IExportRecords.MaxLines);
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"certengine-export-bench-{Guid.NewGuid():N}.{format}"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var lines = Lines(source);
        var rows = format == "xlsx" ? await NationalFiles.WriteXlsxAsync(file, lines, "证书", CancellationToken.None) : await NationalFiles.WriteCsvAsync(file, lines, CancellationToken.None);
        file.Position = 0;
        _ = await System.Security.Cryptography.SHA256.HashDataAsync(file);
        return rows == count ? rows : throw new InvalidOperationException($"counted {count} lines, wrote {rows}");
    }

    private static async IAsyncEnumerable<NationalLine> Lines(IAsyncEnumerable<NationalRecord> records)
    {
        await foreach (var r in records)
        {
            yield return new NationalLine
            {
                Name = r.Name, DocumentType = "居民身份证", IdNumber = r.IdNumber, Sex = "", Education = "", OccupationName = r.OccupationCode ?? "",
                OccupationCode = r.OccupationCode ?? "", WorkType = r.WorkType ?? "", Level = r.Level?.ToString(CultureInfo.InvariantCulture) ?? "",
                TheoryScore = r.Theory?.Score, PracticalScore = r.Practical?.Score, ReviewScore = r.Review?.Score, CertificateNumber = r.Number ?? "",
                IssuedOn = r.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", IssuerName = "长治市职业技能鉴定中心", IssuerCode = "S0000140000",
                Centre = r.Practical?.Centre ?? r.Theory?.Centre ?? "", ExamDate = "", Status = r.Status ?? "", Remark = "认定项目 " + r.TrackKey,
            };
        }
    }

    private static async Task TimeAsync<T>(string what, Func<Task<T>> run, int rounds = Rounds)
    {
        if (rounds > 1)
        {
            await run();
        }

        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var used = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - used).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        // The machine is shared: wall time follows the load, the process's CPU time (SQLite runs in it) much less so.
        Console.WriteLine($"{what} | median {times[rounds / 2]:0} ms | slowest {times[^1]:0} ms | process CPU median {cpu[rounds / 2]:0} ms | load {LoadAverage()}");
    }

    private static async Task GenerateAsync(StorageSettings settings, int count)
    {
        var facts = new SqlFactStore(settings);
        var enrolments = new SqlEnrolmentStore(settings);
        var sittings = new SqlSittingIndexStore(settings);
        var random = new Random(20251123);
        var rows = new List<SittingRow>();
        foreach (var (track, _, _, _) in Tracks)
        {
            for (var month = 1; month <= 12; month++)
            {
                rows.Add(new SittingRow($"T-{track}-{month}", track, 0, "长治考点" + (month % 6), "101", At(new DateOnly(Year, month, 10))));
                rows.Add(new SittingRow($"P-{track}-{month}", track, 1, "长治考点" + (month % 6), "201", At(new DateOnly(Year, month, 11))));
            }
        }

        await sittings.PutAsync("*", rows);
        const int batch = 2_000;
        for (var start = 0; start < count; start += batch)
        {
            var list = new List<RecordFact>();
            var enrolled = new List<EnrolmentFact>();
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var id = "14040" + i.ToString("0000000000000", CultureInfo.InvariantCulture);
                var (track, occupation, workType, level) = Tracks[i % Tracks.Length];
                var month = (i % 12) + 1;
                var date = new DateOnly(Year, month, 10);
                list.Add(new CandidateProfileFact($"candidate/{id}/1", At(date.AddDays(-40)), "in-" + id, id, "考生" + i, Counties[random.Next(Counties.Length)], "", "centre"));
                enrolled.Add(new EnrolmentFact(track, id, "c", [], At(date.AddDays(-30)), "centre"));
                list.Add(new ComponentResultFact($"result/{id}/t", At(date), track, id, "Theory", 60 + random.Next(41), 60m, date, $"T-{track}-{month}", false));
                list.Add(new ComponentResultFact($"result/{id}/p", At(date.AddDays(1)), track, id, "Practical", 60 + random.Next(41), 60m, date.AddDays(1), $"P-{track}-{month}", false));
                var number = "S0000140000" + (level ?? 0).ToString(CultureInfo.InvariantCulture) + i.ToString("0000000000", CultureInfo.InvariantCulture);
                var issued = date.AddDays(20);
                list.Add(new CertificateIssuedFact("certificate/" + number, At(issued), number, level is null ? "specialty" : "skill-level", track, id, "考生" + i,
                    occupation, workType, level, issued, "manager"));
            }

            await facts.AppendAsync(list);
            await enrolments.AppendAsync(enrolled);
        }

        var claims = new SqlSubsidyClaims(settings);
        var (lines, _) = await claims.ListAsync(new SubsidyQuery(Year, [.. Tracks.Select(t => SubsidyKeys.Pair(t.Occupation, t.Level)).Distinct()], State: "draft"), 0, count / 5);
        foreach (var line in lines.Take(count / 5))
        {
            await claims.ChangeAsync(new SubsidyClaimChange(line, "submitted", "", 1000m, "manager", At(line.IssuedOn.AddDays(5))));
        }
    }

    private static DateTimeOffset At(DateOnly date) => new(date, new TimeOnly(10, 0), China);

    private static (StorageSettings, Func<Task>) Reused(string store, string? postgres) => postgres is null
        ? (new StorageSettings.Embedded(store), () => Task.CompletedTask)
        : (new StorageSettings.Postgres(new NpgsqlConnectionStringBuilder(postgres) { Database = store }.ConnectionString), () => Task.CompletedTask);

    private static (StorageSettings, Func<Task>) Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("certengine-programme-bench-");
        return (new StorageSettings.Embedded(folder.FullName), () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<(StorageSettings, Func<Task>)> PostgresAsync(string connectionString)
    {
        var name = "certengine_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
        return (new StorageSettings.Postgres(database), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CertEngine.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
