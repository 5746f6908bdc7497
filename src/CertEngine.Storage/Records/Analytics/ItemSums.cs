using System.Data.Common;
using Dapper;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>
/// Keeps the item analysis sums of migration 0016 as theory attempt facts arrive: called by the fact store in the
/// transaction that appended a new attempt fact and its responses. Each attempt counts once, at its latest fact (the
/// order of <see cref="SqlItemAnalysisRecords"/>: time, then fact id): a later fact takes the earlier one's sums out and
/// puts its own in; an earlier fact delivered late changes nothing.
/// </summary>
internal static class ItemSums
{
    /// <summary>The most fact ids or attempt keys one statement names.</summary>
    public const int KeysPerStatement = 500;

    // Attempt facts' responses summed per item, answer and score, added (sign 1) or taken out (sign −1).
    private static string AddSql(StorageDialect d) =>
        "INSERT INTO certengineitemsums (bankcode, bankversion, trackkey, itemid, itemversion, answer, score, responses, correct, sumawarded, " +
        "sumawardedsquared, sumcorrectawarded) " +
        "SELECT a.bankcode, a.bankversion, a.trackkey, r.itemid, r.itemversion, r.answer, a.score, @sign * COUNT(*), @sign * SUM(r.correct), " +
        "@sign * SUM(r.awarded), @sign * SUM(r.awarded * r.awarded), @sign * SUM(r.correct * r.awarded) " +
        "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid WHERE " + SqlLists.In(d, "a.factid", "factIds") + " " +
        "GROUP BY a.bankcode, a.bankversion, a.trackkey, r.itemid, r.itemversion, r.answer, a.score " +
        "ON CONFLICT (bankcode, bankversion, trackkey, itemid, itemversion, answer, score) DO UPDATE SET " +
        "responses = certengineitemsums.responses + excluded.responses, correct = certengineitemsums.correct + excluded.correct, " +
        "sumawarded = certengineitemsums.sumawarded + excluded.sumawarded, " +
        "sumawardedsquared = certengineitemsums.sumawardedsquared + excluded.sumawardedsquared, " +
        "sumcorrectawarded = certengineitemsums.sumcorrectawarded + excluded.sumcorrectawarded;";

    // The rows a taken-out fact emptied: an answer nobody gives any more must not show as an option with no choices.
    private const string PruneSql =
        "DELETE FROM certengineitemsums WHERE responses = 0 AND (bankcode, bankversion, trackkey, itemid, itemversion, answer, score) IN (" +
        "SELECT a.bankcode, a.bankversion, a.trackkey, r.itemid, r.itemversion, r.answer, a.score " +
        "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid WHERE a.factid = @factId);";

    private const string CurrentSql =
        "SELECT t.factid AS FactId, CASE WHEN a.atus > t.atus OR (a.atus = t.atus AND a.factid > t.factid) THEN 1 ELSE 0 END AS Later " +
        "FROM certengineitemsumattempts t JOIN certenginetheoryattempts a ON a.factid = @factId WHERE t.attemptkey = @attemptKey;";

    private static string PointSql(StorageDialect d) =>
        "INSERT INTO certengineitemsumattempts (attemptkey, factid, atus, bankcode, bankversion, trackkey, score) " +
        "SELECT attemptkey, factid, atus, bankcode, bankversion, trackkey, score FROM certenginetheoryattempts WHERE " + SqlLists.In(d, "factid", "factIds") + " " +
        "ON CONFLICT (attemptkey) DO UPDATE SET factid = excluded.factid, atus = excluded.atus, bankcode = excluded.bankcode, " +
        "bankversion = excluded.bankversion, trackkey = excluded.trackkey, score = excluded.score;";

    // The time on each item of attempts (migration 0019): its first save less the first save before it (or the start),
    // counted once per attempt, when both its conduct and an attempt fact are stored, whichever came last.
    private static string TimesSql(StorageDialect d) =>
        "INSERT INTO certengineitemtimes (bankcode, bankversion, itemid, itemversion, timed, sumus) " +
        "SELECT t.bankcode, t.bankversion, r.itemid, r.itemversion, COUNT(*), SUM(CASE WHEN g.us > 0 THEN g.us ELSE 0 END) " +
        "FROM (SELECT c.attemptkey, x.position, " +
        "x.firstus - COALESCE(LAG(x.firstus) OVER (PARTITION BY x.factid ORDER BY x.firstus, x.position), c.startedus) AS us " +
        "FROM certengineattemptconduct c JOIN certengineanswertimings x ON x.factid = c.factid WHERE " + SqlLists.In(d, "c.attemptkey", "keys") + ") g " +
        "JOIN certengineitemsumattempts t ON t.attemptkey = g.attemptkey AND t.timed = 0 " +
        "JOIN certengineresponses r ON r.factid = t.factid AND r.position = g.position " +
        "GROUP BY t.bankcode, t.bankversion, r.itemid, r.itemversion " +
        "ON CONFLICT (bankcode, bankversion, itemid, itemversion) DO UPDATE SET " +
        "timed = certengineitemtimes.timed + excluded.timed, sumus = certengineitemtimes.sumus + excluded.sumus; " +
        "UPDATE certengineitemsumattempts SET timed = 1 WHERE " + SqlLists.In(d, "attemptkey", "keys") + " AND timed = 0 " +
        "AND EXISTS (SELECT 1 FROM certengineattemptconduct c WHERE c.attemptkey = certengineitemsumattempts.attemptkey);";

    /// <summary>
    /// The same sums recomputed from every stored fact (what migration 0016 does): for a store whose facts were written
    /// around the fact store (bulk loads, benchmarks) or to repair one. Replaces whatever the tables held.
    /// </summary>
    internal const string RebuildSql =
        "DELETE FROM certengineitemsums; DELETE FROM certengineitemsumattempts; " +
        "INSERT INTO certengineitemsumattempts (attemptkey, factid, atus, bankcode, bankversion, trackkey, score) " +
        "SELECT a.attemptkey, a.factid, a.atus, a.bankcode, a.bankversion, a.trackkey, a.score FROM certenginetheoryattempts a " +
        "WHERE NOT EXISTS (SELECT 1 FROM certenginetheoryattempts later WHERE later.attemptkey = a.attemptkey " +
        "AND (later.atus > a.atus OR (later.atus = a.atus AND later.factid > a.factid))); " +
        "INSERT INTO certengineitemsums (bankcode, bankversion, trackkey, itemid, itemversion, answer, score, responses, correct, sumawarded, " +
        "sumawardedsquared, sumcorrectawarded) " +
        "SELECT t.bankcode, t.bankversion, t.trackkey, r.itemid, r.itemversion, r.answer, t.score, COUNT(*), SUM(r.correct), SUM(r.awarded), " +
        "SUM(r.awarded * r.awarded), SUM(r.correct * r.awarded) FROM certengineitemsumattempts t JOIN certengineresponses r ON r.factid = t.factid " +
        "GROUP BY t.bankcode, t.bankversion, t.trackkey, r.itemid, r.itemversion, r.answer, t.score; " +
        "DELETE FROM certengineitemtimes; " +
        "INSERT INTO certengineitemtimes (bankcode, bankversion, itemid, itemversion, timed, sumus) " +
        "SELECT t.bankcode, t.bankversion, r.itemid, r.itemversion, COUNT(*), SUM(CASE WHEN g.us > 0 THEN g.us ELSE 0 END) " +
        "FROM (SELECT c.attemptkey, x.position, " +
        "x.firstus - COALESCE(LAG(x.firstus) OVER (PARTITION BY x.factid ORDER BY x.firstus, x.position), c.startedus) AS us " +
        "FROM certengineattemptconduct c JOIN certengineanswertimings x ON x.factid = c.factid) g " +
        "JOIN certengineitemsumattempts t ON t.attemptkey = g.attemptkey " +
        "JOIN certengineresponses r ON r.factid = t.factid AND r.position = g.position " +
        "GROUP BY t.bankcode, t.bankversion, r.itemid, r.itemversion; " +
        "UPDATE certengineitemsumattempts SET timed = 1 " +
        "WHERE EXISTS (SELECT 1 FROM certengineattemptconduct c WHERE c.attemptkey = certengineitemsumattempts.attemptkey);";

    /// <summary>Counts a newly stored attempt fact (its row and responses already inserted in <paramref name="transaction"/>).</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, string factId, string attemptKey, CancellationToken cancellationToken)
    {
        var current = await connection.QuerySingleOrDefaultAsync<CurrentRecord>(new CommandDefinition(
            CurrentSql, new { factId, attemptKey }, transaction, cancellationToken: cancellationToken));
        if (current is not null)
        {
            if (current.Later == 0)
            {
                return;
            }

            var d = SqlLists.DialectOf(connection);
            await connection.ExecuteAsync(new CommandDefinition(AddSql(d), new { sign = -1, factIds = SqlLists.Of(d, [current.FactId]) }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(PruneSql, new { factId = current.FactId }, transaction, cancellationToken: cancellationToken));
        }

        await CountAsync(connection, transaction, [factId], cancellationToken);
        if (current is null)
        {
            await ApplyTimesAsync(connection, transaction, [attemptKey], cancellationToken);
        }
    }

    /// <summary>
    /// Counts newly stored attempt facts (rows and responses already inserted in <paramref name="transaction"/>) whose
    /// attempts are not counted yet, each attempt once among them: their sums and their attempts' points, in a few statements.
    /// </summary>
    public static async Task CountFirstAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> factIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in factIds.Chunk(KeysPerStatement))
        {
            await CountAsync(connection, transaction, chunk, cancellationToken);
        }
    }

    /// <summary>Which of <paramref name="attemptKeys"/> are counted already (at some fact of theirs).</summary>
    public static async Task<HashSet<string>> CountedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> attemptKeys, CancellationToken cancellationToken)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var d = SqlLists.DialectOf(connection);
        foreach (var chunk in attemptKeys.Chunk(KeysPerStatement))
        {
            counted.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT attemptkey FROM certengineitemsumattempts WHERE " + SqlLists.In(d, "attemptkey", "keys") + ";", new { keys = SqlLists.Of(d, chunk) }, transaction,
                cancellationToken: cancellationToken)));
        }

        return counted;
    }

    private static async Task CountAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> factIds, CancellationToken cancellationToken)
    {
        var d = SqlLists.DialectOf(connection);
        var list = SqlLists.Of(d, factIds);
        await connection.ExecuteAsync(new CommandDefinition(AddSql(d), new { sign = 1, factIds = list }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(PointSql(d), new { factIds = list }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Counts the time on each item of <paramref name="attemptKeys"/> once both an attempt's conduct (answer timings) and
    /// an attempt fact are stored: called after either is newly inserted in <paramref name="transaction"/>; does nothing for
    /// an attempt until both are, nor once it is counted.
    /// </summary>
    public static async Task ApplyTimesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> attemptKeys, CancellationToken cancellationToken)
    {
        var d = SqlLists.DialectOf(connection);
        foreach (var chunk in attemptKeys.Chunk(KeysPerStatement))
        {
            await connection.ExecuteAsync(new CommandDefinition(TimesSql(d), new { keys = SqlLists.Of(d, chunk) }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Runs <see cref="RebuildSql"/> in one transaction.</summary>
    public static async Task RebuildAsync(StorageSettings settings, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RebuildSql, transaction: transaction, commandTimeout: 3600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    // Dapper's target (the dialects return integers in their own widths).
    private sealed class CurrentRecord
    {
        public string FactId { get; set; } = "";
        public long Later { get; set; }
    }
}
