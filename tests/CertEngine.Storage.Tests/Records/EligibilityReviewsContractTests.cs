using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Reviews;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The eligibility review queue (migration 0009) on a real database of each dialect: latest state per review, pending by track, paging.</summary>
public abstract class EligibilityReviewsContractTests(StorageTarget target)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";
    private const string Track3 = "4-10-01-06/家务服务员/3";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Pending_ListsTheLatestStateOfEachReview_OldestFirst_ByTrack_WithTheTotalAndTheName()
    {
        var (facts, reviews) = await StoresAsync();
        await facts.AppendAsync([
            new CandidateProfileFact("candidate/c1/1", Monday, "c1", Id("0011"), "王秀英", "", "", "centre"),
            Review("r1", 1, Track4, "0011", "pending", 0, 0),
            Review("r2", 1, Track4, "0022", "pending", 1, 1),
            Review("r3", 1, Track3, "0033", "pending", 2, 2),
            Review("r4", 1, Track4, "0044", "pending", 3, 3),
            Review("r2", 2, Track4, "0022", "approved", 1, 5),
        ]);
        // An outbox retried late delivers the pending fact after the decision: the row keeps the decision.
        await facts.AppendAsync([Review("r4", 2, Track4, "0044", "rejected", 3, 6), Review("r4", 1, Track4, "0044", "pending", 3, 3)]);

        var all = await reviews.PendingAsync(null, 0, 10);
        var track4 = await reviews.PendingAsync(Track4, 0, 10);
        var second = await reviews.PendingAsync(null, 1, 1);
        var counted = await reviews.PendingAsync(null, 0, 0);
        var found = await reviews.FindAsync("r4");

        Assert.Equal(["r1", "r3"], all.Rows.Select(r => r.ReviewId));
        Assert.Equal(("王秀英", "c1", Id("0011")), (all.Rows[0].Name, all.Rows[0].InternalId, all.Rows[0].IdNumber));
        Assert.Equal(["e1"], all.Rows[0].ToCheck);
        Assert.Equal(Monday, all.Rows[0].SubmittedAt);
        Assert.Equal(["r1"], track4.Rows.Select(r => r.ReviewId));
        Assert.Equal(("r3", 2L), (Assert.Single(second.Rows).ReviewId, second.Total));
        Assert.Equal((0, 2L), (counted.Rows.Count, counted.Total));
        Assert.Equal("rejected", found!.Status);
        Assert.Null(await reviews.FindAsync("nothing"));
    }

    private static string Id(string tail) => "14040219800101" + tail;

    private static EligibilityReviewFact Review(string reviewId, int n, string track, string tail, string status, int submittedHours, int atHours) =>
        new($"review/{reviewId}/{n}", Monday.AddHours(atHours), reviewId, track, Id(tail), "4-cert", "e1", "e1", status, Monday.AddHours(submittedHours), "centre",
            status == "pending" ? "" : "reviewer", status == "rejected" ? "证书不清楚" : "");

    private async Task<(SqlFactStore Facts, SqlEligibilityReviews Reviews)> StoresAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlFactStore(settings), new SqlEligibilityReviews(settings));
    }
}

/// <summary>The review queue on a real SQLite file.</summary>
public sealed class SqliteEligibilityReviewsTests(SqliteTarget target) : EligibilityReviewsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The review queue on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresEligibilityReviewsTests(PostgresTarget target) : EligibilityReviewsContractTests(target), IClassFixture<PostgresTarget>;
