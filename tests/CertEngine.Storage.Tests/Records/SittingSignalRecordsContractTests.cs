using CertEngine.Domain.Audit;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Integrity;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>What the integrity signals read (facts of migrations 0006 and 0015, the audit trail of 0003), on a real database of each dialect.</summary>
public abstract class SittingSignalRecordsContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Read_EachAttemptAtItsLatestFact_WithItsConductAndTakeovers_OtherSittingsLeftOut()
    {
        var settings = await MigratedAsync();
        var facts = new SqlFactStore(settings);
        await facts.AppendAsync([Attempt("S-1", "S-1/a", 1, "submitted", 0, "B"), Conduct("S-1", "S-1/a", 1), Attempt("S-1", "S-1/a", 1, "regraded", 5, "A"),
            Attempt("S-1", "S-1/b", 2, "submitted", 0, "C"), Attempt("S-2", "S-2/c", 1, "submitted", 0, "D")]);
        Assert.Equal(0, await facts.AppendAsync([Conduct("S-1", "S-1/a", 1)]));
        var log = new SqlAuditLog(settings);
        var link = new AuditLink("session/S-1", 1, "t1", AuditChain.MicrosecondsOf(Start), "T-2", SqlSittingSignalRecords.TakeoverAction, "", "seat 2; change 1: signed in on another computer");
        Assert.True(await log.AppendAsync(link, AuditChain.Genesis, AuditChain.HashOf(AuditChain.Genesis, link)));

        var read = await new SqlSittingSignalRecords(settings).ReadAsync("S-1", 10);

        Assert.False(read.Truncated);
        Assert.Equal([("S-1/a", 1, 0), ("S-1/b", 2, 1)], read.Attempts.Select(a => (a.AttemptKey, a.Seat, a.Takeovers)));
        // The regrade supersedes the submission: its responses are read.
        var response = Assert.Single(read.Attempts[0].Responses);
        Assert.Equal(new SittingResponseRecord(0, "i1", 1, "single", "A,B,C,D", "A", true), response);
        var conduct = read.Attempts[0].Conduct!;
        Assert.Equal((Start, Start.AddMinutes(50), 2, 240.0, (DateTimeOffset?)Start.AddMinutes(10)),
            (conduct.StartedAt, conduct.SubmittedAt, conduct.Disconnections, conduct.LongestDisconnectionSeconds, conduct.LongestFrom));
        Assert.Equal([(0, Start.AddSeconds(30), Start.AddMinutes(48), 3)], conduct.Answers);
        Assert.Null(read.Attempts[1].Conduct);
    }

    [StorageFact]
    public async Task Read_MoreAttemptsThanTheCap_SaysTruncated_AndAnEmptySittingReadsEmpty()
    {
        var settings = await MigratedAsync();
        await new SqlFactStore(settings).AppendAsync([Attempt("S-1", "S-1/a", 1, "submitted", 0, "B"), Attempt("S-1", "S-1/b", 2, "submitted", 0, "C")]);
        var records = new SqlSittingSignalRecords(settings);

        var capped = await records.ReadAsync("S-1", 1);

        Assert.True(capped.Truncated);
        Assert.Single(capped.Attempts);
        Assert.Empty((await records.ReadAsync("S-9", 10)).Attempts);
    }

    [StorageFact]
    public async Task Append_AnAttemptOfMoreAnswersThanOneStatementCarries_StoresEveryResponseAndTimingOnce()
    {
        var settings = await MigratedAsync();
        var facts = new SqlFactStore(settings);
        const int answers = 450;   // three statements of rows: 200, 200 and 50
        var attempt = new TheoryAttemptFact("attempt/S-1/a/submitted", Start.AddMinutes(50), "S-1/a", "submitted", "S-1", 1, "4-10-01-06/家务服务员/5", "110101199003074477",
            "4-10-01-06", 1, 1, 5, "家务服务员", 50, 60, "candidate",
            [.. Enumerable.Range(0, answers).Select(i => new ResponseFact(i, $"i{i}", 1, "single", "A,B,C,D", i % 2 == 0 ? "A" : "B", i % 2 == 0 ? 1 : 0, 1))]);
        var conduct = new AttemptConductFact("attempt/S-1/a/conduct", Start.AddMinutes(50), "S-1/a", "S-1", 1, Start, 0, 0, null,
            [.. Enumerable.Range(0, answers).Select(i => new AnswerTimingFact(i, Start.AddSeconds(i + 1), Start.AddSeconds(i + 2), i % 3))]);

        Assert.Equal(2, await facts.AppendAsync([attempt, conduct]));
        Assert.Equal(0, await facts.AppendAsync([attempt, conduct]));

        var read = Assert.Single((await new SqlSittingSignalRecords(settings).ReadAsync("S-1", 10)).Attempts);
        Assert.Equal(Enumerable.Range(0, answers).Select(i => (i, $"i{i}", i % 2 == 0 ? "A" : "B", i % 2 == 0)),
            read.Responses.OrderBy(r => r.Position).Select(r => (r.Position, r.ItemId, r.Answer, r.Correct)));
        Assert.Equal(Enumerable.Range(0, answers).Select(i => (i, Start.AddSeconds(i + 1), Start.AddSeconds(i + 2), i % 3)),
            read.Conduct!.Answers.OrderBy(a => a.Position));
    }

    private static TheoryAttemptFact Attempt(string session, string key, int seat, string kind, int minutes, string answer) =>
        new($"attempt/{key}/{kind}", Start.AddMinutes(50 + minutes), key, kind, session, seat, "4-10-01-06/家务服务员/5", "110101199003074477", "4-10-01-06", 1, 1, 5, "家务服务员",
            answer == "A" ? 100 : 0, 60, "candidate", [new ResponseFact(0, "i1", 1, "single", "A,B,C,D", answer, answer == "A" ? 1 : 0, 1)]);

    private static AttemptConductFact Conduct(string session, string key, int seat) =>
        new($"attempt/{key}/conduct", Start.AddMinutes(50), key, session, seat, Start, 2, 240, Start.AddMinutes(10),
            [new AnswerTimingFact(0, Start.AddSeconds(30), Start.AddMinutes(48), 3)]);

    private async Task<StorageSettings> MigratedAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }
}

/// <summary>The integrity signals' reads on a real SQLite file.</summary>
public sealed class SqliteSittingSignalRecordsTests(SqliteTarget target) : SittingSignalRecordsContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The integrity signals' reads on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresSittingSignalRecordsTests(PostgresTarget target) : SittingSignalRecordsContractTests(target), IClassFixture<PostgresTarget>;
