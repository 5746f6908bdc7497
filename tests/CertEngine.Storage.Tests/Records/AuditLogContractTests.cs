using System.Data.Common;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records;
using CertEngine.Storage.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Storage.Tests.Records;

/// <summary>
/// The record store's audit log (migration 0003) on a real database of each dialect: chains, idempotent facts, queries,
/// anchors, and `audit verify` naming the first record changed, removed or reordered directly in the database.
/// </summary>
public abstract class AuditLogContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Append_ThreeRecords_ChainsThemAndVerifies()
    {
        var (log, _) = await LogAsync();

        await AppendAsync(log, "session/S-1", "session.scheduled", "session.started", "session.closed");

        var head = await log.ReadHeadAsync("session/S-1");
        var rows = await log.ReadSubjectAsync("session/S-1", 10);
        Assert.Equal(3, head!.Sequence);
        Assert.Equal(["session.scheduled", "session.started", "session.closed"], rows.Select(r => r.Action));
        Assert.Equal(AuditChain.Genesis, rows[0].PreviousHash);
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.Equal(Monday.AddMinutes(2), rows[2].At);
        var report = await log.VerifyAsync();
        Assert.Null(report.Problem);
        Assert.Equal((3, 1), (report.Records, report.Subjects));
    }

    [StorageFact]
    public async Task Append_SameFactTwice_StoresItOnce()
    {
        var (log, _) = await LogAsync();
        var link = new AuditLink("staff/li", 1, "fact-1", 1, "admin", "staff.created", "", "");
        var hash = AuditChain.HashOf(AuditChain.Genesis, link);

        var first = await log.AppendAsync(link, AuditChain.Genesis, hash);
        var again = await log.AppendAsync(link, AuditChain.Genesis, hash);

        Assert.True(first);
        Assert.False(again);
        Assert.Single(await log.ReadSubjectAsync("staff/li", 10));
    }

    [StorageFact]
    public async Task Append_SecondWriterAtTheSameSequence_FailsInsteadOfForking()
    {
        var (log, _) = await LogAsync();
        await AppendAsync(log, "session/S-2", "a");
        var fork = new AuditLink("session/S-2", 1, "other-fact", 5, "x", "b", "", "");

        await Assert.ThrowsAnyAsync<DbException>(() => log.AppendAsync(fork, AuditChain.Genesis, AuditChain.HashOf(AuditChain.Genesis, fork)));
    }

    [StorageFact]
    public async Task AppendMany_AfterOneRecord_ChainsTheBatchOnItMovesTheHeadAndVerifies()
    {
        var (log, _) = await LogAsync();
        await AppendAsync(log, "session/S-20", "session.started");
        var head = await log.ReadHeadAsync("session/S-20");

        await log.AppendManyAsync(Chain("session/S-20", head, "attempt.deadline", "attempt.deadline", "session.closed"));

        var rows = await log.ReadSubjectAsync("session/S-20", 10);
        Assert.Equal(["session.started", "attempt.deadline", "attempt.deadline", "session.closed"], rows.Select(r => r.Action));
        Assert.Equal([1L, 2, 3, 4], rows.Select(r => r.Sequence));
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.Equal(rows[2].Hash, rows[3].PreviousHash);
        Assert.Equal((4L, rows[3].Hash), ((await log.ReadHeadAsync("session/S-20"))!.Sequence, (await log.ReadHeadAsync("session/S-20"))!.Hash));
        Assert.Null((await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task AppendMany_TheLargestBatch_StoresEveryRecordInOneChain()
    {
        var (log, _) = await LogAsync();

        await log.AppendManyAsync(Chain("session/S-21", null, [.. Enumerable.Repeat("attempt.deadline", IAuditLog.MaxBatch)]));

        Assert.Equal(IAuditLog.MaxBatch, (await log.ReadSubjectAsync("session/S-21", 1_000)).Count);
        Assert.Equal(IAuditLog.MaxBatch, (await log.ReadHeadAsync("session/S-21"))!.Sequence);
        Assert.Null((await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task AppendMany_OneLinkAtASequenceAlreadyTaken_StoresNothingOfTheBatch()
    {
        var (log, _) = await LogAsync();
        await AppendAsync(log, "session/S-22", "a");

        // A second writer that did not see record 1: its batch starts at 1 again.
        await Assert.ThrowsAnyAsync<DbException>(() => log.AppendManyAsync(Chain("session/S-22", null, "b", "c")));

        Assert.Equal(["a"], (await log.ReadSubjectAsync("session/S-22", 10)).Select(r => r.Action));
        Assert.Equal(1, (await log.ReadHeadAsync("session/S-22"))!.Sequence);
    }

    [StorageFact]
    public async Task AppendMany_LinksThatDoNotFollowEachOther_AreRefusedBeforeTheDatabase()
    {
        var (log, _) = await LogAsync();
        var links = Chain("session/S-23", null, "a", "b", "c");
        var skipped = new List<ChainedLink> { links[0], links[2] };
        var otherSubject = new List<ChainedLink> { links[0], Chain("session/S-24", null, "x", "y")[1] };

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendManyAsync(skipped));
        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendManyAsync(otherSubject));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.AppendManyAsync(Chain("session/S-23", null, [.. Enumerable.Repeat("a", IAuditLog.MaxBatch + 1)])));

        Assert.Empty(await log.ReadSubjectAsync("session/S-23", 10));
    }

    [StorageFact]
    public async Task Query_FiltersAndPages_NewestFirst()
    {
        var (log, _) = await LogAsync();
        await AppendAsync(log, "session/S-3", "a", "b", "c", "d");
        await AppendAsync(log, "session/S-4", "a");

        var (page, total) = await log.QueryAsync(new AuditQuery("session/S-3", null, null, null, null, 1, 2));
        var (actions, actionTotal) = await log.QueryAsync(new AuditQuery(null, null, "a", null, null, 0, 10));
        var (window, _) = await log.QueryAsync(new AuditQuery("session/S-3", null, null, Monday.AddMinutes(1), Monday.AddMinutes(3), 0, 10));

        Assert.Equal(4, total);
        Assert.Equal(["c", "b"], page.Select(r => r.Action));
        Assert.Equal(2, actionTotal);
        Assert.Equal(["c", "b"], window.Select(r => r.Action));
    }

    [StorageFact]
    public async Task Anchor_CoversChangedHeadsOnly_AndVerifies()
    {
        var (log, _) = await LogAsync();
        await AppendAsync(log, "session/S-5", "a", "b");
        await AppendAsync(log, "session/S-6", "a");

        var first = await log.AnchorAsync(Monday.AddHours(1), 100);
        var nothing = await log.AnchorAsync(Monday.AddHours(2), 100);
        await AppendAsync(log, "session/S-5", "c");
        var second = await log.AnchorAsync(Monday.AddHours(3), 100);

        Assert.NotNull(first);
        Assert.Null(nothing);
        Assert.NotNull(second);
        var report = await log.VerifyAsync();
        Assert.Null(report.Problem);
        Assert.Equal(2, report.Anchors);
    }

    [StorageFact]
    public async Task Verify_OneCharacterOfARecordChanged_NamesThatRecord()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "session/S-7", "a", "b", "c");

        await ExecuteAsync(settings, "UPDATE certengineaudit SET reason = 'X' WHERE subject = 'session/S-7' AND seq = 2;");

        Assert.Equal("session/S-7 #2: changed (its hash does not match its content)", (await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task Verify_RecordChangedAndRehashed_NamesTheNextRecord()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "session/S-8", "a", "b", "c");
        var rows = await log.ReadSubjectAsync("session/S-8", 10);
        var forged = new AuditLink("session/S-8", 2, rows[1].FactId, AuditChain.MicrosecondsOf(rows[1].At), rows[1].Actor, rows[1].Action, "改了", rows[1].Details);

        await ExecuteAsync(settings, $"UPDATE certengineaudit SET reason = '改了', hash = '{AuditChain.HashOf(rows[0].Hash, forged)}' WHERE subject = 'session/S-8' AND seq = 2;");

        Assert.StartsWith("session/S-8 #3: does not follow #2", (await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task Verify_MiddleRecordRemoved_NamesTheGap()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "session/S-9", "a", "b", "c");

        await ExecuteAsync(settings, "DELETE FROM certengineaudit WHERE subject = 'session/S-9' AND seq = 2;");

        Assert.Equal("session/S-9 #2: removed (the chain goes on at #3)", (await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task Verify_TwoRecordsSwapped_NamesTheFirstOutOfPlace()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "session/S-10", "a", "b", "c");

        await ExecuteAsync(settings, "UPDATE certengineaudit SET seq = seq + 1000 WHERE subject = 'session/S-10' AND seq IN (2, 3);");
        await ExecuteAsync(settings, "UPDATE certengineaudit SET seq = CASE seq WHEN 1002 THEN 3 ELSE 2 END WHERE subject = 'session/S-10' AND seq > 1000;");

        Assert.StartsWith("session/S-10 #2: does not follow #1", (await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task Verify_WholeAnchoredSubjectRemoved_IsDetected()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "certificate/S1", "certificate.issued");
        await AppendAsync(log, "session/S-11", "a");
        await log.AnchorAsync(Monday.AddHours(1), 100);

        await ExecuteAsync(settings, "DELETE FROM certengineaudit WHERE subject = 'certificate/S1';");

        Assert.Equal("certificate/S1 #1: removed (anchor #1 recorded it as the chain's head)", (await log.VerifyAsync()).Problem);
    }

    [StorageFact]
    public async Task Verify_AnchorChanged_IsDetected()
    {
        var (log, settings) = await LogAsync();
        await AppendAsync(log, "session/S-12", "a");
        await log.AnchorAsync(Monday.AddHours(1), 100);

        await ExecuteAsync(settings, "UPDATE certengineauditanchors SET atus = atus + 1 WHERE seq = 1;");

        Assert.StartsWith("anchor #1: changed", (await log.VerifyAsync()).Problem);
    }

    private async Task<(SqlAuditLog Log, StorageSettings Settings)> LogAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlAuditLog(settings), settings);
    }

    // What the subject's audit grain does: read the head, append at head + 1 with the chained hash.
    private static async Task AppendAsync(IAuditLog log, string subject, params string[] actions)
    {
        foreach (var action in actions)
        {
            var head = await log.ReadHeadAsync(subject);
            var previous = head?.Hash ?? AuditChain.Genesis;
            var sequence = (head?.Sequence ?? 0) + 1;
            var link = new AuditLink(subject, sequence, Guid.NewGuid().ToString("N"), AuditChain.MicrosecondsOf(Monday.AddMinutes(sequence - 1)),
                "proctor.li", action, "", $"seat {sequence}");
            Assert.True(await log.AppendAsync(link, previous, AuditChain.HashOf(previous, link)));
        }
    }

    // What the audit grain hands to AppendManyAsync: links chained from the head it knows.
    private static List<ChainedLink> Chain(string subject, AuditHead? head, params string[] actions)
    {
        var (previous, sequence) = (head?.Hash ?? AuditChain.Genesis, head?.Sequence ?? 0);
        var links = new List<ChainedLink>();
        foreach (var action in actions)
        {
            sequence++;
            var link = new AuditLink(subject, sequence, Guid.NewGuid().ToString("N"), AuditChain.MicrosecondsOf(Monday.AddMinutes(sequence - 1)),
                "system", action, "", $"seat {sequence}");
            var hash = AuditChain.HashOf(previous, link);
            links.Add(new ChainedLink(link, previous, hash));
            previous = hash;
        }

        return links;
    }

    // Tampering as someone with access to the database file or server would: plain SQL, beside the application.
    private static async Task ExecuteAsync(StorageSettings settings, string sql)
    {
        await using DbConnection connection = settings switch
        {
            StorageSettings.Embedded embedded => new SqliteConnection($"Data Source={embedded.DatabasePath}"),
            StorageSettings.Postgres postgres => new NpgsqlConnection(postgres.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings)),
        };
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}

/// <summary>The audit log on a real SQLite file.</summary>
public sealed class SqliteAuditLogTests(SqliteTarget target) : AuditLogContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The audit log on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresAuditLogTests(PostgresTarget target) : AuditLogContractTests(target), IClassFixture<PostgresTarget>;
