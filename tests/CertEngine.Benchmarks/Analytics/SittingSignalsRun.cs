using System.Diagnostics;
using System.Globalization;
using CertEngine.Domain.Integrity;
using CertEngine.Server.Features.Signals;
using CertEngine.Storage;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Integrity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Benchmarks.Analytics;

/// <summary>
/// Issue 20's integrity-signals benchmark: a fresh record store holds the sitting under test (N candidates, K single-choice
/// questions each from a pool of P, with answer timings) among other sittings, all written through the fact store as the
/// attempt grains write them; then times what the API does for that sitting: the record store's read and every signal,
/// every pair included. SQLite in a temporary folder, or a fresh database on the PostgreSQL server given with <c>--postgres</c>.
/// </summary>
/// <remarks><c>-- sitting-signals [--candidates 100] [--items 100] [--pool 300] [--other-sittings 50] [--postgres CONNSTR] [--runs 5]</c></remarks>
internal static class SittingSignalsRun
{
    public const string Command = "sitting-signals";

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var candidates = int.Parse(Value("--candidates", "100"), CultureInfo.InvariantCulture);
        var items = int.Parse(Value("--items", "100"), CultureInfo.InvariantCulture);
        var pool = int.Parse(Value("--pool", "300"), CultureInfo.InvariantCulture);
        var others = int.Parse(Value("--other-sittings", "50"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Value("--runs", "5"), CultureInfo.InvariantCulture);
        var postgres = Value("--postgres", "");
        var folder = Directory.CreateTempSubdirectory("certengine-signals-").FullName;
        var database = $"certengine_bench_{Guid.NewGuid():N}"[..30];
        StorageSettings settings = postgres.Length == 0
            ? new StorageSettings.Embedded(folder)
            : new StorageSettings.Postgres(new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString);
        try
        {
            if (postgres.Length > 0)
            {
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database};", admin);
                await create.ExecuteNonQueryAsync();
            }

            await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
            var load = Stopwatch.StartNew();
            var facts = new SqlFactStore(settings);
            var random = new Random(20261206);
            for (var sitting = 0; sitting <= others; sitting++)
            {
                await facts.AppendAsync(Sitting($"S-{sitting:D4}", candidates, items, pool, random));
            }

            Console.WriteLine(FormattableString.Invariant(
                $"{settings.Dialect}: {others + 1} sittings × {candidates} candidates × {items} questions loaded in {load.Elapsed.TotalSeconds:0.0} s"));
            var records = new SqlSittingSignalRecords(settings);
            for (var run = 1; run <= runs; run++)
            {
                // The machine is shared and loaded: beside the wall time, the process's CPU time says what the work itself costs.
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var stored = await records.ReadAsync("S-0000", SittingSignalReader.MaxAttempts);
                var read = watch.Elapsed;
                var conduct = stored.Attempts.Select(SittingSignalReader.Conduct).ToList();
                var converted = watch.Elapsed;
                var report = SittingSignals.Compute(conduct, SignalBounds.Default);
                var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(FormattableString.Invariant(
                    $"run {run}: {report.Candidates} papers, {report.NeighbourPairs + report.RoomPairs} pairs, {report.Pairs.Count} flagged, {report.Signals.Count} signals: {watch.Elapsed.TotalMilliseconds:0} ms (read {read.TotalMilliseconds:0} ms, to the Domain {(converted - read).TotalMilliseconds:0} ms, signals {(watch.Elapsed - converted).TotalMilliseconds:0} ms; CPU {spent.TotalMilliseconds:0} ms)"));

            }

            return 0;
        }
        finally
        {
            if (postgres.Length > 0)
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE);", admin);
                await drop.ExecuteNonQueryAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<RecordFact> Sitting(string session, int candidates, int items, int pool, Random random)
    {
        var start = new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);
        var facts = new List<RecordFact>();
        for (var c = 0; c < candidates; c++)
        {
            var key = $"{session}/{c:D4}";
            var ability = random.NextDouble();
            var drawn = new HashSet<int>();
            while (drawn.Count < items)
            {
                drawn.Add(random.Next(pool));
            }

            var responses = drawn.Select((item, position) =>
            {
                var right = random.NextDouble() < 0.3 + 0.6 * ability;
                var answer = right ? "A" : "BCD"[random.Next(3)].ToString();
                return new ResponseFact(position, $"bench-{item:D4}", 1, "single", "A,B,C,D", answer, right ? 1 : 0, 1);
            }).ToList();
            var at = start.AddMinutes(60);
            facts.Add(new TheoryAttemptFact($"attempt/{key}/submitted", at, key, "submitted", session, c + 1, "BENCH/5", "ID", "BENCH", 1, 1, 5, "",
                responses.Count(r => r.Correct), 60, "candidate", responses));
            facts.Add(new AttemptConductFact($"attempt/{key}/conduct", at, key, session, c + 1, start, 0, 0, null,
                responses.Select(r => new AnswerTimingFact(r.Position, start.AddSeconds(30 * (r.Position + 1)), start.AddSeconds(30 * (r.Position + 1)), 0)).ToList()));
        }

        return facts;
    }
}
