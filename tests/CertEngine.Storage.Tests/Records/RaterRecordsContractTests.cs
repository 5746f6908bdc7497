using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Raters;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The sheets rater statistics read (migration 0006) on a real database of each dialect: the period, the ruling, the cap.</summary>
public abstract class RaterRecordsContractTests(StorageTarget target)
{
    private const string Track = "4-10-01-06/家务服务员/5";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Sheets_OfThePeriod_OldestFirst_WithWhetherTheChiefRuled()
    {
        var (facts, raters) = await StoresAsync();
        await facts.AppendAsync([
            Sheet("a1", "ID1", 80m, 0), Sheet("a2", "ID1", 55m, 1), Sheet("a3", "ID1", 78m, 2),
            Sheet("a1", "ID2", 90m, 3), Sheet("a2", "ID2", 88m, 4),
            Sheet("a1", "ID3", 70m, -60 * 24), // the day before: outside the period
            new AdjudicationFact("practical/P-1/ID1/clean-5-01/adjudication", Monday.AddMinutes(10), "P-1/ID1", "P-1", "clean-5-01", "chief", 76m, "复核录像"),
        ]);

        var page = await raters.SheetsAsync(Monday, Monday.AddDays(1), 100);

        Assert.False(page.Truncated);
        Assert.Equal([("a1", 80m, true), ("a2", 55m, true), ("a3", 78m, true), ("a1", 90m, false), ("a2", 88m, false)],
            page.Sheets.Select(s => (s.Assessor, s.Total, s.Adjudicated)));
        Assert.All(page.Sheets, s => Assert.Equal((Track, "clean-5-01"), (s.TrackKey, s.TaskId)));
        Assert.Equal(Monday.AddMinutes(1), page.Sheets[1].At);
    }

    [StorageFact]
    public async Task Sheets_BeyondTheCap_AreCut_AndSaySo()
    {
        var (facts, raters) = await StoresAsync();
        await facts.AppendAsync([Sheet("a1", "ID1", 80m, 0), Sheet("a2", "ID1", 81m, 1), Sheet("a3", "ID1", 82m, 2)]);

        var page = await raters.SheetsAsync(Monday, Monday.AddDays(1), 2);

        Assert.True(page.Truncated);
        Assert.Equal(["a1", "a2"], page.Sheets.Select(s => s.Assessor));
    }

    private static PracticalSheetFact Sheet(string assessor, string candidate, decimal total, int minutes) =>
        new($"sheet/{candidate}/{assessor}", Monday.AddMinutes(minutes), $"P-1/{candidate}", "P-1", 1, Track, candidate, "4-10-01-06", 2, "clean-5-01",
            assessor, total, "", "", [new CriterionMark("c1", total)]);

    private async Task<(SqlFactStore Facts, SqlRaterRecords Raters)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlFactStore(settings), new SqlRaterRecords(settings));
    }
}

/// <summary>Rater sheets on a real SQLite file.</summary>
public sealed class SqliteRaterRecordsTests(SqliteTarget target) : RaterRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Rater sheets on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresRaterRecordsTests(PostgresTarget target) : RaterRecordsContractTests(target), IClassFixture<PostgresTarget>;
