using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records.Facts;
using Dapper;

namespace CertEngine.Storage.Records.Integrity;

/// <summary><see cref="ISittingSignalRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper; and the writer of <see cref="AttemptConductFact"/>.</summary>
public sealed partial class SqlSittingSignalRecords(StorageSettings settings) : ISittingSignalRecords
{
    /// <summary>The most attempts read at once (a room of this many is far beyond any 考场).</summary>
    public const int MaxCap = 2_000;

    /// <summary>The action the admission ticket audits when a sign-in on another computer takes an attempt over.</summary>
    public const string TakeoverAction = "candidate.signed-in-elsewhere";

    private const string LatestAttempts =
        "FROM certenginetheoryattempts a WHERE a.sessionid = @sessionId AND NOT EXISTS (SELECT 1 FROM certenginetheoryattempts later " +
        "WHERE later.attemptkey = a.attemptkey AND (later.atus > a.atus OR (later.atus = a.atus AND later.factid > a.factid)))";

    /// <inheritdoc />
    public async Task<SittingRecords> ReadAsync(string sessionId, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        cap = Math.Min(cap, MaxCap);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var attempts = (await connection.QueryAsync<AttemptRow>(new CommandDefinition(
            "SELECT a.factid AS FactId, a.attemptkey AS AttemptKey, a.seat AS Seat " + LatestAttempts + " ORDER BY a.seat, a.attemptkey LIMIT @take;",
            new { sessionId, take = (long)cap + 1 }, cancellationToken: cancellationToken))).ToList();
        var truncated = attempts.Count > cap;
        attempts = attempts.Take(cap).ToList();
        if (attempts.Count == 0)
        {
            return new SittingRecords([], false);
        }

        var responses = (await connection.QueryAsync<ResponseRow>(new CommandDefinition(
            "SELECT r.factid AS FactId, r.position AS Position, r.itemid AS ItemId, r.itemversion AS ItemVersion, r.type AS Type, r.shown AS Shown, " +
            "r.answer AS Answer, r.correct AS Correct FROM certengineresponses r JOIN (SELECT a.factid " + LatestAttempts + ") l ON l.factid = r.factid " +
            "ORDER BY r.factid, r.position;",
            new { sessionId }, cancellationToken: cancellationToken))).ToLookup(r => r.FactId);
        var conduct = (await connection.QueryAsync<ConductRow>(new CommandDefinition(
            "SELECT factid AS FactId, attemptkey AS AttemptKey, startedus AS StartedUs, submittedus AS SubmittedUs, disconnections AS Disconnections, " +
            "longestdisconnections AS LongestSeconds, longestfromus AS LongestFromUs FROM certengineattemptconduct WHERE sessionid = @sessionId;",
            new { sessionId }, cancellationToken: cancellationToken))).GroupBy(c => c.AttemptKey).ToDictionary(g => g.Key, g => g.First());
        var timings = (await connection.QueryAsync<TimingRow>(new CommandDefinition(
            "SELECT t.factid AS FactId, t.position AS Position, t.firstus AS FirstUs, t.lastus AS LastUs, t.changes AS Changes " +
            "FROM certengineanswertimings t JOIN certengineattemptconduct c ON c.factid = t.factid WHERE c.sessionid = @sessionId;",
            new { sessionId }, cancellationToken: cancellationToken))).ToLookup(t => t.FactId);
        var takeovers = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT details FROM certengineaudit WHERE subject = @subject AND action = @action LIMIT @take;",
            new { subject = "session/" + sessionId, action = TakeoverAction, take = 100_000L }, cancellationToken: cancellationToken)))
            .Select(SeatOf).OfType<int>().GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

        return new SittingRecords(attempts.Select(a => new SittingAttemptRecord(
            a.AttemptKey,
            (int)a.Seat,
            responses[a.FactId].Select(r => new SittingResponseRecord((int)r.Position, r.ItemId, (int)r.ItemVersion, r.Type, r.Shown, r.Answer, r.Correct != 0)).ToList(),
            conduct.TryGetValue(a.AttemptKey, out var c)
                ? new ConductRecord(AuditChain.At(c.StartedUs), AuditChain.At(c.SubmittedUs), (int)c.Disconnections, c.LongestSeconds,
                    c.LongestFromUs is { } from ? AuditChain.At(from) : null,
                    timings[c.FactId].Select(t => ((int)t.Position, AuditChain.At(t.FirstUs), AuditChain.At(t.LastUs), (int)t.Changes)).ToList())
                : null,
            takeovers.GetValueOrDefault((int)a.Seat))).ToList(), truncated);
    }

    /// <summary>Stores an attempt's conduct fact and its answer timings, once (by fact id), inside the fact store's transaction.</summary>
    internal static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, AttemptConductFact conduct, Analytics.ItemSumsBatch sums, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(conduct);
        if (conduct.Answers.Count > SqlFactStore.MaxResponses)
        {
            throw new ArgumentException($"Conduct fact {conduct.FactId} carries {conduct.Answers.Count} answers; at most {SqlFactStore.MaxResponses}.", nameof(conduct));
        }

        var stored = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineattemptconduct (factid, attemptkey, sessionid, seat, startedus, submittedus, disconnections, longestdisconnections, longestfromus) " +
            "VALUES (@FactId, @AttemptKey, @SessionId, @Seat, @StartedUs, @SubmittedUs, @Disconnections, @LongestSeconds, @LongestFromUs) ON CONFLICT DO NOTHING;",
            new
            {
                conduct.FactId, conduct.AttemptKey, conduct.SessionId, conduct.Seat, StartedUs = AuditChain.MicrosecondsOf(conduct.StartedAt),
                SubmittedUs = AuditChain.MicrosecondsOf(conduct.At), conduct.Disconnections, LongestSeconds = conduct.LongestDisconnectionSeconds,
                LongestFromUs = conduct.LongestDisconnectionFrom is { } from ? AuditChain.MicrosecondsOf(from) : (long?)null,
            },
            transaction, cancellationToken: cancellationToken));
        if (stored == 1 && conduct.Answers.Count > 0)
        {
            // Many rows to a statement: at a deadline every hand-in of the sittings comes through here at once.
            await Facts.ManyRows.InsertAsync(connection, transaction, "certengineanswertimings", ["factid", "position", "firstus", "lastus", "changes"], conduct.FactId,
                conduct.Answers, a => [a.Position, AuditChain.MicrosecondsOf(a.FirstAt), AuditChain.MicrosecondsOf(a.LastAt), a.Changes], cancellationToken);
        }

        if (stored == 1)
        {
            // The time on each item (migration 0019), once the attempt's answers are stored too.
            sums.Conduct(conduct.AttemptKey);
        }

        return stored;
    }

    // The ticket's audit record says "seat N; change K: …" (AdmissionTicketGrain.SignInAsync).
    private static int? SeatOf(string details) =>
        SeatPattern().Match(details) is { Success: true } match && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var seat) ? seat : null;

    [GeneratedRegex(@"^seat (\d{1,6});")]
    private static partial Regex SeatPattern();

    // Dapper's targets, filled through setters: the dialects return numbers in their own widths.
    private sealed class AttemptRow
    {
        public string FactId { get; set; } = "";
        public string AttemptKey { get; set; } = "";
        public long Seat { get; set; }
    }

    private sealed class ResponseRow
    {
        public string FactId { get; set; } = "";
        public long Position { get; set; }
        public string ItemId { get; set; } = "";
        public long ItemVersion { get; set; }
        public string Type { get; set; } = "";
        public string Shown { get; set; } = "";
        public string Answer { get; set; } = "";
        public long Correct { get; set; }
    }

    private sealed class ConductRow
    {
        public string FactId { get; set; } = "";
        public string AttemptKey { get; set; } = "";
        public long StartedUs { get; set; }
        public long SubmittedUs { get; set; }
        public long Disconnections { get; set; }
        public double LongestSeconds { get; set; }
        public long? LongestFromUs { get; set; }
    }

    private sealed class TimingRow
    {
        public string FactId { get; set; } = "";
        public long Position { get; set; }
        public long FirstUs { get; set; }
        public long LastUs { get; set; }
        public long Changes { get; set; }
    }
}
