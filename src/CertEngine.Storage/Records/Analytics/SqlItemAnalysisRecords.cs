using System.Data.Common;
using System.Runtime.CompilerServices;
using CertEngine.Domain.Analytics;
using Dapper;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>
/// <see cref="IItemAnalysisRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL
/// text for both. The score distribution is aggregated by the database; the responses are read once as a stream and summed
/// here in SQLite (a GROUP BY over millions of responses sorts them all there, several times slower than one read), and
/// summed by the database in PostgreSQL (a hash aggregate, far faster than sending every row).
/// </summary>
public sealed class SqlItemAnalysisRecords(StorageSettings settings) : IItemAnalysisRecords
{
    // The latest fact of each attempt of the bank version (index CertEngineTheoryAttemptsAttempt, migration 0013).
    private const string Latest =
        "FROM certenginetheoryattempts a WHERE a.bankcode = @bankCode AND a.bankversion = @bankVersion AND NOT EXISTS (" +
        "SELECT 1 FROM certenginetheoryattempts later WHERE later.attemptkey = a.attemptkey " +
        "AND (later.atus > a.atus OR (later.atus = a.atus AND later.factid > a.factid)))";

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrackScore>> ScoresAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ScoreRecord>(new CommandDefinition(
            "SELECT a.trackkey AS TrackKey, CAST(a.score AS double precision) AS Score, COUNT(*) AS Count " + Latest +
            " GROUP BY a.trackkey, a.score ORDER BY a.trackkey, a.score LIMIT @take;",
            new { bankCode, bankVersion, take = (long)IItemAnalysisRecords.MaxScores }, cancellationToken: cancellationToken));
        return rows.Select(r => new TrackScore(r.TrackKey, r.Score, r.Count)).ToList();
    }

    /// <inheritdoc />
    public async Task<ResponseTallies> TallyAsync(string bankCode, int bankVersion, ScoreCuts cuts, CancellationToken cancellationToken = default) =>
        settings.Dialect == StorageDialect.Postgres
            ? await TallyInDatabaseAsync(bankCode, bankVersion, cuts, cancellationToken)
            : await TallyStreamedAsync(bankCode, bankVersion, cuts, cancellationToken);

    // PostgreSQL sums in a (parallel) hash aggregate far faster than it can send ten million rows; the groups are few
    // (tracks × items × distinct answers).
    private async Task<ResponseTallies> TallyInDatabaseAsync(string bankCode, int bankVersion, ScoreCuts cuts, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<(string Track, string Item, int Version), ItemTally>();
        var truncated = false;
        long responses = 0;
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var command = Command(connection,
            "SELECT a.trackkey, r.itemid, r.itemversion, r.answer, COUNT(*), SUM(r.correct), SUM(r.awarded::float8), SUM(r.awarded::float8 * r.awarded::float8), " +
            "SUM(a.score::float8), SUM(a.score::float8 * a.score::float8), SUM(r.correct * a.score::float8), SUM(r.correct * r.awarded::float8), " +
            "SUM(a.score::float8 * r.awarded::float8), SUM(CASE WHEN a.score::float8 >= @upper THEN 1 ELSE 0 END), SUM(CASE WHEN a.score::float8 >= @upper THEN r.correct ELSE 0 END), " +
            "SUM(CASE WHEN a.score::float8 <= @lower THEN 1 ELSE 0 END), SUM(CASE WHEN a.score::float8 <= @lower THEN r.correct ELSE 0 END) " +
            Latest.Replace("FROM certenginetheoryattempts a", "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid", StringComparison.Ordinal) +
            " GROUP BY a.trackkey, r.itemid, r.itemversion, r.answer;",
            bankCode, bankVersion);
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

            tally.AddGroup(group, reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return Tallies(tallies, responses, truncated);
    }

    private async Task<ResponseTallies> TallyStreamedAsync(string bankCode, int bankVersion, ScoreCuts cuts, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<(string Track, string Item, int Version), ItemTally>();
        // Few distinct answers (A, B, "A,C" …) and tracks: split and intern once, not per row.
        var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tracks = new Dictionary<string, string>(StringComparer.Ordinal);
        var truncated = false;
        long responses = 0;
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var command = Command(connection,
            "SELECT a.trackkey, r.itemid, r.itemversion, r.answer, CAST(r.correct AS bigint), CAST(r.awarded AS double precision), CAST(a.score AS double precision) " +
            Latest.Replace("FROM certenginetheoryattempts a", "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid", StringComparison.Ordinal) + ";",
            bankCode, bankVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            responses++;
            var trackText = reader.GetString(0);
            if (!tracks.TryGetValue(trackText, out var track))
            {
                tracks[trackText] = track = trackText;
            }

            var key = (track, reader.GetString(1), reader.GetInt32(2));
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

            tally.Add(reader.GetDouble(6), reader.GetDouble(5), reader.GetInt64(4) != 0, chosen, cuts);
        }

        return Tallies(tallies, responses, truncated);
    }

    private static ResponseTallies Tallies(Dictionary<(string Track, string Item, int Version), ItemTally> tallies, long responses, bool truncated) =>
        new(tallies.GroupBy(t => t.Key.Track, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ItemTally>)g.Select(t => t.Value).ToList(), StringComparer.Ordinal), responses, truncated);

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
}
