using System.Data.Common;
using System.Runtime.CompilerServices;
using CertEngine.Domain.Analytics;
using Dapper;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>
/// <see cref="IItemAnalysisRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL
/// text for both. The score distribution and the tallies are read from the sums the fact store keeps as attempts arrive
/// (migration 0016: one row per attempt, and one per track, item, answer and attempt score), so an analysis reads
/// thousands of rows, not one per response; <c>responses.csv</c> still streams every response of the latest facts.
/// </summary>
public sealed class SqlItemAnalysisRecords(StorageSettings settings) : IItemAnalysisRecords
{
    // The latest fact of each attempt of the bank version (index CertEngineTheoryAttemptsAttempt, migration 0013).
    private const string Latest =
        "FROM certenginetheoryattempts a WHERE a.bankcode = @bankCode AND a.bankversion = @bankVersion AND NOT EXISTS (" +
        "SELECT 1 FROM certenginetheoryattempts later WHERE later.attemptkey = a.attemptkey " +
        "AND (later.atus > a.atus OR (later.atus = a.atus AND later.factid > a.factid)))";

    // ΣX, ΣX², ΣuX and ΣXw of a group follow from its attempt score X: X·n, X²·n, X·Σu, X·Σw; the 27 % groups are the rows
    // at or beyond the cuts. Grouped in the primary key's order, so neither dialect sorts.
    private const string TallySql =
        "SELECT s.trackkey, s.itemid, s.itemversion, s.answer, CAST(SUM(s.responses) AS bigint), CAST(SUM(s.correct) AS bigint), " +
        "CAST(SUM(s.sumawarded) AS double precision), CAST(SUM(s.sumawardedsquared) AS double precision), " +
        "CAST(SUM(s.score * s.responses) AS double precision), CAST(SUM(s.score * s.score * s.responses) AS double precision), " +
        "CAST(SUM(s.score * s.correct) AS double precision), CAST(SUM(s.sumcorrectawarded) AS double precision), " +
        "CAST(SUM(s.score * s.sumawarded) AS double precision), " +
        "CAST(SUM(CASE WHEN CAST(s.score AS double precision) >= @upper THEN s.responses ELSE 0 END) AS bigint), " +
        "CAST(SUM(CASE WHEN CAST(s.score AS double precision) >= @upper THEN s.correct ELSE 0 END) AS bigint), " +
        "CAST(SUM(CASE WHEN CAST(s.score AS double precision) <= @lower THEN s.responses ELSE 0 END) AS bigint), " +
        "CAST(SUM(CASE WHEN CAST(s.score AS double precision) <= @lower THEN s.correct ELSE 0 END) AS bigint) " +
        "FROM certengineitemsums s WHERE s.bankcode = @bankCode AND s.bankversion = @bankVersion " +
        "GROUP BY s.trackkey, s.itemid, s.itemversion, s.answer;";

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrackScore>> ScoresAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ScoreRecord>(new CommandDefinition(
            "SELECT t.trackkey AS TrackKey, CAST(t.score AS double precision) AS Score, COUNT(*) AS Count FROM certengineitemsumattempts t " +
            "WHERE t.bankcode = @bankCode AND t.bankversion = @bankVersion GROUP BY t.trackkey, t.score ORDER BY t.trackkey, t.score LIMIT @take;",
            new { bankCode, bankVersion, take = (long)IItemAnalysisRecords.MaxScores }, cancellationToken: cancellationToken));
        return rows.Select(r => new TrackScore(r.TrackKey, r.Score, r.Count)).ToList();
    }

    /// <inheritdoc />
    public async Task<ResponseTallies> TallyAsync(string bankCode, int bankVersion, ScoreCuts cuts, CancellationToken cancellationToken = default)
    {
        var tallies = new Dictionary<(string Track, string Item, int Version), ItemTally>();
        // Few distinct answers (A, B, "A,C" …): split once, not per row.
        var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var truncated = false;
        long responses = 0;
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var command = Command(connection, TallySql, bankCode, bankVersion);
        Add(command, "upper", cuts.Upper);
        Add(command, "lower", cuts.Lower);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
            var group = new ResponseGroupSums
            {
                Count = reader.GetInt64(4), Correct = reader.GetInt64(5), SumAwarded = reader.GetDouble(6), SumAwardedSquared = reader.GetDouble(7),
                SumScore = reader.GetDouble(8), SumScoreSquared = reader.GetDouble(9), SumCorrectScore = reader.GetDouble(10), SumCorrectAwarded = reader.GetDouble(11),
                SumScoreAwarded = reader.GetDouble(12), UpperCount = reader.GetInt64(13), UpperCorrect = reader.GetInt64(14), LowerCount = reader.GetInt64(15),
                LowerCorrect = reader.GetInt64(16),
            };
            responses += group.Count;
            if (!tallies.TryGetValue(key, out var tally))
            {
                if (tallies.Count >= IItemAnalysisRecords.MaxTallies)
                {
                    truncated = true;
                    continue;
                }

                tallies[key] = tally = new ItemTally(key.Item2, key.Item3);
            }

            var answer = reader.GetString(3);
            if (!answers.TryGetValue(answer, out var chosen))
            {
                chosen = answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (answers.Count < 10_000)
                {
                    answers[answer] = chosen;
                }
            }

            tally.AddGroup(group, chosen);
        }

        return new ResponseTallies(tallies.GroupBy(t => t.Key.Track, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ItemTally>)g.Select(t => t.Value).ToList(), StringComparer.Ordinal), responses, truncated);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ItemTime>> TimesAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<TimeRecord>(new CommandDefinition(
            "SELECT itemid AS ItemId, itemversion AS ItemVersion, timed AS Timed, sumus AS SumUs FROM certengineitemtimes " +
            "WHERE bankcode = @bankCode AND bankversion = @bankVersion AND timed > 0 ORDER BY itemid, itemversion LIMIT @take;",
            new { bankCode, bankVersion, take = (long)IItemAnalysisRecords.MaxTallies }, cancellationToken: cancellationToken));
        return rows.Select(r => new ItemTime(r.ItemId, (int)r.ItemVersion, r.Timed, r.SumUs / 1_000_000.0)).ToList();
    }

    /// <summary>
    /// Recomputes the kept sums (migration 0016) from every stored attempt fact, replacing them: for a store whose facts
    /// were written around the fact store (bulk loads, benchmarks), or to repair one. Slow (it reads every response once).
    /// </summary>
    public Task RebuildSumsAsync(CancellationToken cancellationToken = default) => ItemSums.RebuildAsync(settings, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ResponseExportRow> ResponsesAsync(string bankCode, int bankVersion, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var command = Command(connection,
            "SELECT a.attemptkey, a.trackkey, r.itemid, r.itemversion, r.answer, CAST(r.correct AS bigint), CAST(r.awarded AS double precision), CAST(a.score AS double precision) " +
            Latest.Replace("FROM certenginetheoryattempts a", "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid", StringComparison.Ordinal) +
            " ORDER BY a.factid, r.position;",
            bankCode, bankVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ResponseExportRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetInt64(5) != 0, reader.GetDouble(6), reader.GetDouble(7));
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, string bankCode, int bankVersion)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Reading 100,000 attempts takes seconds, not the default 30 s; a cancelled request still stops it.
        command.CommandTimeout = 300;
        Add(command, "bankCode", bankCode);
        Add(command, "bankVersion", bankVersion);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // Dapper's target, filled through setters (the dialects return integers in their own widths).
    private sealed class ScoreRecord
    {
        public string TrackKey { get; set; } = "";
        public double Score { get; set; }
        public long Count { get; set; }
    }

    private sealed class TimeRecord
    {
        public string ItemId { get; set; } = "";
        public long ItemVersion { get; set; }
        public long Timed { get; set; }
        public long SumUs { get; set; }
    }
}
