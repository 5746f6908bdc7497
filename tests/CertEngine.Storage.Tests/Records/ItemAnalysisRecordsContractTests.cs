using CertEngine.Domain.Analytics;
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

    private async Task<StorageSettings> MigratedAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }
}

/// <summary>Item analysis reads on a real SQLite file.</summary>
public sealed class SqliteItemAnalysisRecordsTests(SqliteTarget target) : ItemAnalysisRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Item analysis reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresItemAnalysisRecordsTests(PostgresTarget target) : ItemAnalysisRecordsContractTests(target), IClassFixture<PostgresTarget>;
