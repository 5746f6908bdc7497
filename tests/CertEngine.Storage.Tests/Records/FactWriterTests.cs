using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Storage.Tests.Records;

/// <summary>
/// The fact writer (<see cref="FactWriter"/>) on a real database of each dialect: many grains' facts written together,
/// each caller told its own count, a refused fact failing only its own caller.
/// </summary>
public abstract class FactWriterContractTests(StorageTarget target)
{
    [StorageFact]
    public async Task ManyCallersAtOnce_EachGetsItsOwnCount_AndARefusedFactFailsOnlyItsCaller()
    {
        var writer = FactWriter.For(await FactWriterFixtures.MigratedAsync(target));
        var calls = Enumerable.Range(0, 60).Select(i => writer.AppendAsync([FactWriterFixtures.Attempt(i, 100)])).ToList();
        var twice = writer.AppendAsync([FactWriterFixtures.Attempt(0, 100), FactWriterFixtures.Attempt(60, 100)]);
        var malformed = writer.AppendAsync([FactWriterFixtures.Attempt(61, SqlFactStore.MaxResponses + 1)]);

        var counts = await Task.WhenAll(calls);

        Assert.All(counts, c => Assert.Equal(1, c));
        Assert.Equal(1, await twice);
        await Assert.ThrowsAsync<ArgumentException>(() => malformed);
        Assert.Equal(61 * 100, (await writer.ResponsesAsync(FactWriterFixtures.Bank, 1, 0, SqlFactStore.MaxTake)).Count);
    }
}

/// <summary>The fact writer on a real SQLite file.</summary>
public sealed class SqliteFactWriterTests(SqliteTarget target) : FactWriterContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The fact writer on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresFactWriterTests(PostgresTarget target) : FactWriterContractTests(target), IClassFixture<PostgresTarget>
{
    /// <summary>
    /// The deadline burst of issue 18: every attempt of a sitting hands in at once and each one's outbox stores its fact.
    /// Here the burst cannot finish (a lock held on the responses table keeps every writing transaction waiting, as a slow
    /// disk would), and the reads of the pages and reports must still be served from the same pool meanwhile. Written one
    /// transaction per caller (<see cref="SqlFactStore"/> alone), the 400 callers took all ten connections and these reads
    /// failed after the pool's wait ("The connection pool has been exhausted"); through the writer one connection writes
    /// and nine stay free. Once the lock goes, the burst is stored in a few transactions, nothing lost.
    /// </summary>
    [StorageFact]
    public async Task DeadlineBurst_WhileItsWritesWait_ReadsAreServed_AndEveryFactIsStoredInAFewTransactions()
    {
        var settings = (StorageSettings.Postgres)await FactWriterFixtures.MigratedAsync(target);
        var writer = FactWriter.For(settings);
        await using var blocker = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { ApplicationName = "blocker", Pooling = false }.ConnectionString);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE certengineresponses IN EXCLUSIVE MODE;", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var burst = Task.WhenAll(Enumerable.Range(0, 400).Select(i => writer.AppendAsync([FactWriterFixtures.Attempt(i, 100)])));
        await FactWriterFixtures.UntilWritersWaitAsync(settings, writer.Writers);

        var reads = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => writer.ComponentResultsAsync(FactWriterFixtures.Track, 0, 10)));

        Assert.All(reads, Assert.Empty);
        Assert.False(burst.IsCompleted);
        await hold.RollbackAsync();
        Assert.All(await burst, c => Assert.Equal(1, c));
        Assert.Equal(400 * 100, (await writer.ResponsesAsync(FactWriterFixtures.Bank, 1, 0, SqlFactStore.MaxTake)).Count
            + (await writer.ResponsesAsync(FactWriterFixtures.Bank, 1, SqlFactStore.MaxTake, SqlFactStore.MaxTake)).Count
            + (await writer.ResponsesAsync(FactWriterFixtures.Bank, 1, 2L * SqlFactStore.MaxTake, SqlFactStore.MaxTake)).Count
            + (await writer.ResponsesAsync(FactWriterFixtures.Bank, 1, 3L * SqlFactStore.MaxTake, SqlFactStore.MaxTake)).Count);
        Assert.InRange(writer.Transactions, 2, 10);
    }
}

internal static class FactWriterFixtures
{
    public const string Track = "4-10-01-06/家务服务员/5";
    public const string Bank = "4-10-01-06";
    private static readonly DateTimeOffset Deadline = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    public static async Task<StorageSettings> MigratedAsync(StorageTarget target)
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }

    /// <summary>Seat <paramref name="seat"/>'s attempt, handed in by the engine at the deadline, with <paramref name="responses"/> answers.</summary>
    public static TheoryAttemptFact Attempt(int seat, int responses) => new(
        $"attempt/S-1/ID{seat}/submitted", Deadline, $"S-1/ID{seat}", "submitted", "S-1", seat, Track, $"ID{seat}", Bank, 1, 1, 5, "家务服务员", 61m, 60m, "system",
        [.. Enumerable.Range(0, responses).Select(p => new ResponseFact(p, $"item-{p:000}", 1, "single", "A,B,C,D", "B", p % 2, 1m))]);

    /// <summary>Waits, on PostgreSQL's own view, until the writers' transactions are blocked on the lock (no clock involved).</summary>
    public static async Task UntilWritersWaitAsync(StorageSettings.Postgres settings, int writers)
    {
        await using var watcher = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { ApplicationName = "watcher", Pooling = false }.ConnectionString);
        await watcher.OpenAsync();
        for (var look = 0; look < 50_000; look++)
        {
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO certengineresponses%';", watcher);
            if ((long)(await count.ExecuteScalarAsync())! >= writers)
            {
                return;
            }

            await Task.Yield();
        }

        throw new TimeoutException("the writers never waited on the lock");
    }
}
