using CertEngine.Domain.Analytics;
using Dapper;
using CertEngine.Storage.Records.Analytics;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>What item analysis reads (facts of migration 0006) and the authors' item marks (migration 0013), on a real database of each dialect.</summary>
public abstract class ItemAnalysisRecordsContractTests(StorageTarget target)
{
    private const string Bank = "4-10-01-06";
    private const string Track5 = "4-10-01-06/家务服务员/5";
    private const string Track4 = "4-10-01-06/家务服务员/4";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Scores_CountEachAttemptOnceAtItsLatestFact_PerTrack()
    {
        var settings = await MigratedAsync();
        await new SqlFactStore(settings).AppendAsync(Facts());

        var scores = await new SqlItemAnalysisRecords(settings).ScoresAsync(Bank, 1);

        // a1's regrade (2 → 3 points) supersedes its submission; version 2's attempt is not counted.
        Assert.Equal([new TrackScore(Track4, 1, 1), new TrackScore(Track5, 0.5, 1), new TrackScore(Track5, 3, 2)], scores);
    }

    [StorageFact]
    public async Task Tally_SumsEveryLatestResponse_AsTheDomainDoesRowByRow()
    {
        var settings = await MigratedAsync();
        await new SqlFactStore(settings).AppendAsync(Facts());
        var records = new SqlItemAnalysisRecords(settings);
        var cuts = ScoreCuts.From((await records.ScoresAsync(Bank, 1)).Select(s => (s.Score, s.Count)));

        var tallies = await records.TallyAsync(Bank, 1, cuts);
        var rows = new List<ResponseExportRow>();
        await foreach (var row in records.ResponsesAsync(Bank, 1))
        {
            rows.Add(row);
        }

        Assert.False(tallies.Truncated);
        Assert.Equal(11, tallies.Responses);
        Assert.Equal(11, rows.Count);
        Assert.Equal(new ResponseExportRow("a1", Track5, "i1", 1, "B", true, 1, 3), rows[0]);
        Assert.DoesNotContain(rows, r => r.AttemptKey == "v2");
        foreach (var track in new[] { Track4, Track5 })
        {
            var expected = new Dictionary<(string, int), ItemTally>();
            foreach (var row in rows.Where(r => r.TrackKey == track))
            {
                if (!expected.TryGetValue((row.ItemId, row.ItemVersion), out var tally))
                {
                    expected[(row.ItemId, row.ItemVersion)] = tally = new ItemTally(row.ItemId, row.ItemVersion);
                }

                tally.Add(row.Score, row.Awarded, row.Correct, row.Answer.Split(',', StringSplitOptions.RemoveEmptyEntries), cuts);
            }

            var actual = tallies.ByTrack[track].ToDictionary(t => (t.ItemId, t.ItemVersion));
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (key, tally) in expected)
            {
                Assert.Equivalent(tally, actual[key], strict: true);
                Assert.Equal(tally.Options.ToDictionary(o => o.Key, o => (o.Value.Count, o.Value.Upper, o.Value.Lower)),
                    actual[key].Options.ToDictionary(o => o.Key, o => (o.Value.Count, o.Value.Upper, o.Value.Lower)));
            }
        }
    }

    [StorageFact]
    public async Task Tally_NoAttempts_IsEmpty()
    {
        var records = new SqlItemAnalysisRecords(await MigratedAsync());

        var tallies = await records.TallyAsync(Bank, 1, ScoreCuts.None);

        Assert.Empty(tallies.ByTrack);
        Assert.Equal(0, tallies.Responses);
        Assert.Empty(await records.ScoresAsync(Bank, 1));
    }

    [StorageFact]
    public async Task KeptSums_EqualARecomputationFromTheRows_WhateverOrderAndRetriesTheFactsCameIn()
    {
        var settings = await MigratedAsync();
        var store = new SqlFactStore(settings);
        var facts = RandomFacts(new Random(20261206));
        // Batches of a few facts, each batch appended twice (an outbox retry), regrades sometimes before their submission.
        for (var start = 0; start < facts.Count; start += 7)
        {
            var batch = facts.Skip(start).Take(7).ToList();
            Assert.Equal(batch.Count, await store.AppendAsync(batch));
            Assert.Equal(0, await store.AppendAsync(batch));
        }

        var kept = await SumsAsync(settings);
        var records = new SqlItemAnalysisRecords(settings);
        var scores = await records.ScoresAsync(Bank, 1);
        await records.RebuildSumsAsync();

        Assert.NotEmpty(kept.Sums);
        Assert.Equal(44, kept.Attempts.Count);
        var recomputed = await SumsAsync(settings);
        Assert.Equal(recomputed.Attempts, kept.Attempts);
        Assert.Equal(recomputed.Sums, kept.Sums);
        Assert.DoesNotContain(kept.Sums, s => s.Responses == 0);
        Assert.Equal(scores, await records.ScoresAsync(Bank, 1));
    }

    [StorageFact]
    public async Task KeptSums_OfManyCallersFactsInOneTransaction_EqualARecomputation()
    {
        var settings = await MigratedAsync();
        var store = new SqlFactStore(settings);
        var facts = RandomFacts(new Random(20261207));
        // As the fact writer does at a deadline: many callers' facts in one transaction, some attempts twice in it (a
        // submission and its regrade, either first), so attempts counted together and one by one meet in one commit.
        List<IReadOnlyList<RecordFact>> groups = [.. facts.Chunk(3)];

        Assert.Equal(facts.Count, (await store.AppendGroupsAsync(groups)).Sum());
        Assert.Equal(0, (await store.AppendGroupsAsync(groups)).Sum());

        var kept = await SumsAsync(settings);
        await new SqlItemAnalysisRecords(settings).RebuildSumsAsync();
        var recomputed = await SumsAsync(settings);
        Assert.Equal(44, kept.Attempts.Count);
        Assert.Equal(recomputed.Attempts, kept.Attempts);
        Assert.Equal(recomputed.Sums, kept.Sums);
        Assert.DoesNotContain(kept.Sums, s => s.Responses == 0);
    }

    [StorageFact]
    public async Task Migration0016_FillsTheSumsOfFactsStoredBeforeIt()
    {
        var settings = await MigratedAsync();
        await new SqlFactStore(settings).AppendAsync([.. Facts(), .. RandomFacts(new Random(7))]);
        var kept = await SumsAsync(settings);
        // Back to a store of schema 15 with the same facts: the sums tables, the later migrations' tables and their versions gone.
        await using (var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "DROP TABLE certengineitemsums; DROP TABLE certengineitemsumattempts; "
                + "DROP TABLE certenginebatchsittings; DROP TABLE certenginebatchmembers; DROP TABLE certenginebatches; "
                + "DROP TABLE certengineitemtimes; DROP INDEX certengineattemptconductattempt; "
                + "DROP INDEX certenginesupervisionrecordsfirstsigned; DROP INDEX certenginesupervisionrecordscorrection; "
                + "DROP TABLE certengineprogrammepeople; "
                + "DELETE FROM certengine_schema_version WHERE version >= 16;");
        }

        var report = await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();

        Assert.Contains(report.Applied, m => m.StartsWith("0016", StringComparison.Ordinal));
        var migrated = await SumsAsync(settings);
        Assert.Equal(kept.Attempts, migrated.Attempts);
        Assert.Equal(kept.Sums, migrated.Sums);
    }

    [StorageFact]
    public async Task Times_PerItem_FromTheAnswerBefore_CountedOncePerAttempt_WhicheverFactCameFirst()
    {
        var settings = await MigratedAsync();
        var store = new SqlFactStore(settings);
        // Hand-computed. b1 (started 08:00) answered i2 at +30 s, then i1 at +50 s and changed it at +80 s, omitted i3:
        // i2 30 s (from the start), i1 20 s (from i2's first save). b2 (started 09:00; its conduct arrives before its
        // submission) answered i1 at +10 s, i2 at +70 s: i1 10 s, i2 60 s. b3 was submitted before timings were recorded.
        // i1: (20 + 10) / 2 = 15 s, i2: (30 + 60) / 2 = 45 s, i3: none.
        var b1Start = Monday;
        var b2Start = Monday.AddHours(1);
        var b1 = TimedAttempt("b1", b1Start, R(0, "i1", "B"), R(1, "i2", "A"), R(2, "i3", ""));
        var b1Conduct = Conduct("b1", b1Start, (1, 30, 30), (0, 50, 80));
        var b2 = TimedAttempt("b2", b2Start, R(0, "i1", "A"), R(1, "i2", "C"));
        var b2Conduct = Conduct("b2", b2Start, (0, 10, 10), (1, 70, 70));
        await store.AppendAsync([b1, b1Conduct]);
        await store.AppendAsync([b2Conduct]);
        await store.AppendAsync([b2]);
        await store.AppendAsync([TimedAttempt("b3", b2Start, R(0, "i1", "B"), R(1, "i2", "A"))]);
        // A retried conduct fact and a regrade of b1 change nothing.
        await store.AppendAsync([b1Conduct, b1 with { FactId = "attempt/b1/regrade/2", Kind = "regraded", At = b1.At.AddDays(1) }]);
        var records = new SqlItemAnalysisRecords(settings);

        var times = await records.TimesAsync(Bank, 1);

        Assert.Equal([new ItemTime("i1", 1, 2, 30), new ItemTime("i2", 1, 2, 90)], times);
        Assert.Empty(await records.TimesAsync(Bank, 2));
        await records.RebuildSumsAsync();
        Assert.Equal(times, await records.TimesAsync(Bank, 1));
    }

    [StorageFact]
    public async Task Migration0019_FillsTheTimesOfFactsStoredBeforeIt()
    {
        var settings = await MigratedAsync();
        var start = Monday;
        await new SqlFactStore(settings).AppendAsync([
            TimedAttempt("b1", start, R(0, "i1", "B"), R(1, "i2", "A")), Conduct("b1", start, (0, 12, 12), (1, 20, 40)),
            TimedAttempt("b2", start, R(0, "i2", "B"), R(1, "i1", "A")), Conduct("b2", start, (1, 30, 30), (0, 36, 36)),
        ]);
        var records = new SqlItemAnalysisRecords(settings);
        var kept = await records.TimesAsync(Bank, 1);
        await using (var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "DROP TABLE certengineitemtimes; DROP INDEX certengineattemptconductattempt; ALTER TABLE certengineitemsumattempts DROP COLUMN timed; "
                + "DROP INDEX certenginesupervisionrecordsfirstsigned; DROP INDEX certenginesupervisionrecordscorrection; "
                + "DELETE FROM certengine_schema_version WHERE version >= 19;");
        }

        var report = await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();

        Assert.Contains(report.Applied, m => m.StartsWith("0019", StringComparison.Ordinal));
        // b1: i1 12 s (from the start), i2 8 s (from i1 at +12 s); b2 answered i1 first: i1 30 s, i2 6 s (from i1 at +30 s).
        Assert.Equal([new ItemTime("i1", 1, 2, 42), new ItemTime("i2", 1, 2, 14)], kept);
        Assert.Equal(kept, await records.TimesAsync(Bank, 1));
    }

    [StorageFact]
    public async Task Marks_LatestPerItemHolds_ClearedMarksAreGone_AndAnIdIsStoredOnce()
    {
        var marks = new SqlItemMarkStore(await MigratedAsync());

        Assert.True(await marks.AppendAsync(Mark("m1", "i1", ItemMarks.Revision, 0)));
        Assert.False(await marks.AppendAsync(Mark("m1", "i1", ItemMarks.Retirement, 5)));
        Assert.True(await marks.AppendAsync(Mark("m2", "i1", ItemMarks.Retirement, 1)));
        Assert.True(await marks.AppendAsync(Mark("m3", "i2", ItemMarks.Retirement, 0)));
        Assert.True(await marks.AppendAsync(Mark("m4", "i2", ItemMarks.Cleared, 2)));
        Assert.True(await marks.AppendAsync(Mark("m5", "i3", ItemMarks.Revision, 0) with { BankCode = "ZX-MYHL" }));
        var current = await marks.CurrentAsync(Bank);

        var mark = Assert.Single(current);
        Assert.Equal(Mark("m2", "i1", ItemMarks.Retirement, 1), mark);
        await Assert.ThrowsAsync<ArgumentException>(() => marks.AppendAsync(Mark("m6", "i1", "delete", 3)));
    }

    private static ItemMark Mark(string id, string item, string mark, int minutes) =>
        new(id, Bank, item, 1, 1, mark, "p = 0.97，太易", "author.wang", Monday.AddMinutes(minutes));

    private static ResponseFact R(int position, string item, string answer) => new(position, item, 1, "single", "A,B,C,D", answer, answer == "B" ? 1m : 0m, 1m);

    private static TheoryAttemptFact TimedAttempt(string key, DateTimeOffset start, params ResponseFact[] responses) =>
        new($"attempt/{key}/submitted", start.AddMinutes(30), key, "submitted", "S-T", 1, Track5, "ID-" + key, Bank, 1, 1, 5, "家务服务员",
            responses.Sum(r => r.Awarded), 60m, "candidate", responses);

    private static AttemptConductFact Conduct(string key, DateTimeOffset start, params (int Position, int First, int Last)[] answers) =>
        new($"attempt/{key}/conduct", start.AddMinutes(30), key, "S-T", 1, start, 0, 0, null,
            answers.Select(a => new AnswerTimingFact(a.Position, start.AddSeconds(a.First), start.AddSeconds(a.Last), a.First == a.Last ? 0 : 1)).ToList());

    private static RecordFact[] Facts()
    {
        TheoryAttemptFact Attempt(string key, string track, decimal score, int version, int minutes, params ResponseFact[] responses) =>
            new($"attempt/{key}/submitted", Monday.AddMinutes(minutes), key, "submitted", "S-1", 1, track, "ID-" + key, Bank, version, version, 5, "家务服务员",
                score, 60m, "system", responses);
        ResponseFact R(int position, string item, string answer, decimal awarded, decimal points = 1m) =>
            new(position, item, 1, "single", "A,B,C,D", answer, awarded, points);
        var a1 = Attempt("a1", Track5, 2m, 1, 0, R(0, "i1", "A", 0m), R(1, "i2", "B", 1m), R(2, "i3", "C", 1m));
        return
        [
            a1,
            a1 with { FactId = "attempt/a1/regrade/2", Kind = "regraded", Score = 3m, At = Monday.AddDays(1), Responses = [R(0, "i1", "B", 1m), R(1, "i2", "B", 1m), R(2, "i3", "C", 1m)] },
            Attempt("a2", Track5, 3m, 1, 1, R(0, "i1", "B", 1m), R(1, "i2", "B", 1m), R(2, "i4", "A,C", 1m)),
            Attempt("a3", Track5, 0.5m, 1, 2, R(0, "i1", "", 0m), R(1, "i2", "D", 0m), R(2, "i4", "A", 0.5m)),
            Attempt("a4", Track4, 1m, 1, 3, R(0, "i1", "B", 1m), R(1, "i5", "C", 0m)),
            Attempt("v2", Track5, 1m, 2, 4, R(0, "i1", "B", 1m)),
        ];
    }

    // 40 attempts of bank version 1 on two tracks (and a few of version 2), scores and points in halves (exact in both
    // dialects), a third regraded once or twice with other answers, facts shuffled so some regrades come first.
    private static List<RecordFact> RandomFacts(Random random)
    {
        var facts = new List<RecordFact>();
        var answers = new[] { "A", "B", "C", "D", "", "A,C" };
        for (var a = 0; a < 44; a++)
        {
            var version = a < 40 ? 1 : 2;
            var track = a % 3 == 0 ? Track4 : Track5;
            var regrades = a % 3 == 1 ? 1 + random.Next(2) : 0;
            for (var fact = 0; fact <= regrades; fact++)
            {
                var responses = Enumerable.Range(0, 4).Select(p => new ResponseFact(p, "i" + random.Next(6), 1, "single", "A,B,C,D",
                    answers[random.Next(answers.Length)], random.Next(3) * 0.5m, 1m)).ToArray();
                var key = "r" + a;
                facts.Add(new TheoryAttemptFact(fact == 0 ? $"attempt/{key}/submitted" : $"attempt/{key}/regrade/{fact + 1}",
                    Monday.AddMinutes(a).AddHours(fact * (random.Next(4) == 0 ? 0 : 1)), key, fact == 0 ? "submitted" : "regraded", "S-2", a, track,
                    "ID-" + key, Bank, version, version, 5, "家务服务员", responses.Sum(r => r.Awarded), 60m, "system", responses));
            }
        }

        return [.. facts.OrderBy(_ => random.Next())];
    }

    private static async Task<(List<string> Attempts, List<SumRow> Sums)> SumsAsync(StorageSettings settings)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, CancellationToken.None);
        var attempts = (await connection.QueryAsync<string>(
            "SELECT attemptkey || ' ' || factid || ' ' || trackkey || ' ' || CAST(CAST(score AS double precision) AS text) FROM certengineitemsumattempts ORDER BY attemptkey;")).ToList();
        var sums = (await connection.QueryAsync<SumRow>(
            "SELECT bankcode AS BankCode, bankversion AS BankVersion, trackkey AS TrackKey, itemid AS ItemId, itemversion AS ItemVersion, answer AS Answer, " +
            "CAST(score AS double precision) AS Score, responses AS Responses, correct AS Correct, CAST(sumawarded AS double precision) AS SumAwarded, " +
            "CAST(sumawardedsquared AS double precision) AS SumAwardedSquared, CAST(sumcorrectawarded AS double precision) AS SumCorrectAwarded " +
            "FROM certengineitemsums ORDER BY bankcode, bankversion, trackkey, itemid, itemversion, answer, score;")).ToList();
        return (attempts, sums);
    }

    private async Task<StorageSettings> MigratedAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }
}

/// <summary>One row of the kept sums (migration 0016), compared by value.</summary>
public sealed record SumRow
{
    public string BankCode { get; init; } = "";
    public long BankVersion { get; init; }
    public string TrackKey { get; init; } = "";
    public string ItemId { get; init; } = "";
    public long ItemVersion { get; init; }
    public string Answer { get; init; } = "";
    public double Score { get; init; }
    public long Responses { get; init; }
    public long Correct { get; init; }
    public double SumAwarded { get; init; }
    public double SumAwardedSquared { get; init; }
    public double SumCorrectAwarded { get; init; }
}

/// <summary>Item analysis reads on a real SQLite file.</summary>
public sealed class SqliteItemAnalysisRecordsTests(SqliteTarget target) : ItemAnalysisRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Item analysis reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresItemAnalysisRecordsTests(PostgresTarget target) : ItemAnalysisRecordsContractTests(target), IClassFixture<PostgresTarget>;
