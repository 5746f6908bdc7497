using System.Diagnostics;
using System.Globalization;
using CertEngine.Domain.Analytics;
using CertEngine.Storage;
using CertEngine.Storage.Records.Analytics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Benchmarks.Analytics;

/// <summary>
/// Issue 20's item-analysis benchmark: generates N submitted attempts of one bank version (K single-choice questions each,
/// drawn from a pool of P items, every tenth attempt regraded, candidates of two abilities so the statistics are not
/// degenerate) straight into a fresh record store, recomputes the sums the fact store keeps (migration 0016), then times
/// what the analysis page does: the score distribution, the tallies read from the kept sums, and the statistics of every
/// item and track. SQLite in a temporary folder, or a
/// fresh database on the PostgreSQL server given with <c>--postgres</c> (dropped afterwards).
/// </summary>
/// <remarks><c>-- item-analysis [--attempts 100000] [--items 100] [--pool 600] [--postgres CONNSTR] [--runs 3]</c></remarks>
internal static class ItemAnalysisRun
{
    public const string Command = "item-analysis";
    private const string Bank = "BENCH";

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var attempts = int.Parse(Value("--attempts", "100000"), CultureInfo.InvariantCulture);
        var items = int.Parse(Value("--items", "100"), CultureInfo.InvariantCulture);
        var pool = int.Parse(Value("--pool", "600"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Value("--runs", "3"), CultureInfo.InvariantCulture);
        var postgres = Value("--postgres", "");
        var folder = Directory.CreateTempSubdirectory("certengine-item-analysis-").FullName;
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
            var rows = settings is StorageSettings.Embedded embedded
                ? LoadSqlite(embedded.DatabasePath, attempts, items, pool)
                : await LoadPostgresAsync(((StorageSettings.Postgres)settings).ConnectionString, attempts, items, pool);
            Console.WriteLine(FormattableString.Invariant($"{settings.Dialect}: {attempts:N0} attempts, {rows:N0} responses loaded in {load.Elapsed.TotalSeconds:0.0} s"));

            var records = new SqlItemAnalysisRecords(settings);
            // The rows were written around the fact store, so its kept sums (migration 0016) are recomputed once, as the
            // migration does for an old store.
            var rebuild = Stopwatch.StartNew();
            await records.RebuildSumsAsync();
            Console.WriteLine(FormattableString.Invariant($"kept sums recomputed (what migration 0016 does) in {rebuild.Elapsed.TotalSeconds:0.0} s"));
            for (var run = 1; run <= runs; run++)
            {
                var watch = Stopwatch.StartNew();
                var scores = await records.ScoresAsync(Bank, 1);
                var cuts = ScoreCuts.From(scores.GroupBy(s => s.Score).Select(g => (g.Key, g.Sum(s => s.Count))));
                var tallies = await records.TallyAsync(Bank, 1, cuts);
                var papers = scores.Sum(s => s.Count);
                var statistics = tallies.ByTrack.Values.SelectMany(t => t)
                    .Select(t => ItemAnalysis.Analyse(t, ["A", "B", "C", "D"], ["A"], papers, ItemFlagBounds.Default)).ToList();
                var tests = tallies.ByTrack.Select(t => TestAnalysis.Analyse(t.Key, scores.Where(s => s.TrackKey == t.Key).Select(s => (s.Score, s.Count)),
                    t.Value.Sum(x => x.Count), t.Value.Sum(x => x.Count * x.AwardedVariance))).ToList();
                Console.WriteLine(FormattableString.Invariant(
                    $"run {run}: {papers:N0} papers, {tallies.Responses:N0} responses, {statistics.Count} items, alpha {tests[0].Alpha:0.000}, {statistics.Count(s => s.Flags.Count > 0)} flagged: {watch.Elapsed.TotalSeconds:0.00} s"));
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

    /// <summary>One generated attempt: its fact id, attempt key, score and responses (item, answer, correct).</summary>
    private static IEnumerable<(string FactId, string Key, string Kind, long AtUs, double Score, (string Item, string Answer, int Correct)[] Responses)> Generate(int attempts, int items, int pool)
    {
        var random = new Random(20261205);
        var labels = new[] { "A", "B", "C", "D" };
        for (var a = 0; a < attempts; a++)
        {
            var ability = random.NextDouble();
            var drawn = new HashSet<int>();
            while (drawn.Count < items)
            {
                drawn.Add(random.Next(pool));
            }

            var responses = drawn.Select(i =>
            {
                var difficulty = (i % 10) / 10.0;
                var right = random.NextDouble() < 0.25 + 0.7 * Math.Clamp(ability - difficulty + 0.5, 0, 1);
                var answer = right ? "A" : random.Next(20) == 0 ? "" : labels[1 + random.Next(3)];
                return ($"bench-{i:D4}", answer, right ? 1 : 0);
            }).ToArray();
            var score = responses.Sum(r => r.Item3) * 100.0 / items;
            var key = $"S-{a / 100:D4}/{a:D6}";
            yield return ($"attempt/{key}/submitted", key, "submitted", a * 1000L, score, responses);
            if (a % 10 == 0)
            {
                yield return ($"attempt/{key}/regrade/2", key, "regraded", a * 1000L + 500, score, responses);
            }
        }
    }

    private static long LoadSqlite(string path, int attempts, int items, int pool)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var attempt = connection.CreateCommand();
        attempt.CommandText = "INSERT INTO certenginetheoryattempts VALUES ($f, $k, $kind, 'S', 1, 'BENCH/5', 'ID', 'BENCH', 1, 1, 5, '', $score, 60, 'system', $at);";
        var (f, k, kind, score, at) = (attempt.Parameters.Add("$f", SqliteType.Text), attempt.Parameters.Add("$k", SqliteType.Text),
            attempt.Parameters.Add("$kind", SqliteType.Text), attempt.Parameters.Add("$score", SqliteType.Real), attempt.Parameters.Add("$at", SqliteType.Integer));
        using var response = connection.CreateCommand();
        response.CommandText = "INSERT INTO certengineresponses VALUES ($f, $p, $i, 1, 'single', 'A,B,C,D', $a, $c, $c, 1);";
        var (rf, rp, ri, ra, rc) = (response.Parameters.Add("$f", SqliteType.Text), response.Parameters.Add("$p", SqliteType.Integer),
            response.Parameters.Add("$i", SqliteType.Text), response.Parameters.Add("$a", SqliteType.Text), response.Parameters.Add("$c", SqliteType.Integer));
        long rows = 0;
        foreach (var fact in Generate(attempts, items, pool))
        {
            (f.Value, k.Value, kind.Value, score.Value, at.Value) = (fact.FactId, fact.Key, fact.Kind, fact.Score, fact.AtUs);
            attempt.ExecuteNonQuery();
            for (var p = 0; p < fact.Responses.Length; p++)
            {
                (rf.Value, rp.Value, ri.Value, ra.Value, rc.Value) = (fact.FactId, p, fact.Responses[p].Item, fact.Responses[p].Answer, fact.Responses[p].Correct);
                response.ExecuteNonQuery();
                rows++;
            }
        }

        transaction.Commit();
        return rows;
    }

    private static async Task<long> LoadPostgresAsync(string connectionString, int attempts, int items, int pool)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        long rows = 0;
        var facts = Generate(attempts, items, pool).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY certenginetheoryattempts (factid, attemptkey, kind, sessionid, seat, trackkey, idnumber, bankcode, bankversion, gradedversion, level, worktype, score, passmark, actor, atus) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var fact in facts)
            {
                await writer.WriteRowAsync(default, fact.FactId, fact.Key, fact.Kind, "S", 1, "BENCH/5", "ID", Bank, 1, 1, 5, "", (decimal)fact.Score, 60m, "system", fact.AtUs);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY certengineresponses (factid, position, itemid, itemversion, type, shown, answer, correct, awarded, points) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var fact in facts)
            {
                for (var p = 0; p < fact.Responses.Length; p++)
                {
                    var (item, answer, correct) = fact.Responses[p];
                    await writer.WriteRowAsync(default, fact.FactId, p, item, 1, "single", "A,B,C,D", answer, correct, (decimal)correct, 1m);
                    rows++;
                }
            }

            await writer.CompleteAsync();
        }

        await using var analyse = new NpgsqlCommand("ANALYZE;", connection);
        await analyse.ExecuteNonQueryAsync();
        return rows;
    }
}
