using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;

using CertEngine.Storage;
using CertEngine.Storage.Records.Exports;

namespace CertEngine.Benchmarks.Programme;

/// <summary>
/// The export reads as they were before issue 19's performance work (per-line subqueries), kept to time them beside the
/// current ones on the same store and load and to check that both give the same records.
/// </summary>
internal sealed class LegacyExportRecords(StorageSettings settings) : IExportRecords
{
    private static readonly (string Alias, string Component)[] Components = [("t", "Theory"), ("p", "Practical"), ("v", "Review")];

    private const string CertificateColumns =
        "c.number AS Number, c.kind AS Kind, c.occupationcode AS OccupationCode, c.worktype AS WorkType, c.level AS Level, c.issuedon AS IssuedOn, " +
        "COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), '') AS Status, ";

    /// <inheritdoc />
    public async Task<long> CountCertificatesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await BenchConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certenginecertificates c WHERE c.issuedon >= @from AND c.issuedon <= @to;",
            new { from = Date(from), to = Date(to) }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<NationalRecord> CertificatesAsync(DateOnly from, DateOnly to, int take, CancellationToken cancellationToken = default) =>
        StreamAsync(
            "SELECT c.idnumber AS IdNumber, c.holdername AS Name, c.trackkey AS TrackKey, " + CertificateColumns + ScoreColumns() +
            "FROM certenginecertificates c " + ScoreJoins("c", validOnly: true) +
            "WHERE c.issuedon >= @from AND c.issuedon <= @to ORDER BY c.issuedon, c.number LIMIT @take;",
            new { from = Date(from), to = Date(to), take = Take(take) }, cancellationToken);

    /// <inheritdoc />
    public async Task<long> CountResultsAsync(ResultScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await BenchConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM (" + Keys(scope) + ") k;", Parameters(scope, 0), cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<NationalRecord> ResultsAsync(ResultScope scope, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // "trackkey || ''" keeps SQLite on the holder's index (ID number, track): on the track's index it would read every
        // certificate of the track for each line (100,000 lines took minutes; 2.2 s this way).
        return StreamAsync(
            "SELECT k.idnumber AS IdNumber, COALESCE(d.name, c.holdername, '') AS Name, k.trackkey AS TrackKey, " + CertificateColumns + ScoreColumns() +
            "FROM (" + Keys(scope) + ") k LEFT JOIN certenginecandidatedirectory d ON d.idnumber = k.idnumber " +
            "LEFT JOIN certenginecertificates c ON c.number = (SELECT c2.number FROM certenginecertificates c2 WHERE c2.idnumber = k.idnumber " +
            "AND c2.trackkey || '' = k.trackkey ORDER BY c2.atus DESC, c2.number DESC LIMIT 1) " + ScoreJoins("k", validOnly: false) +
            "ORDER BY k.idnumber, k.trackkey LIMIT @take;",
            Parameters(scope, take), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NearDuplicate>> NearDuplicatesAsync(int take, CancellationToken cancellationToken = default)
    {
        var limit = (long)Math.Clamp(take, 0, IExportRecords.MaxPairs);
        await using var connection = await BenchConnections.OpenAsync(settings, cancellationToken);
        // Two certificates of one person, occupation and level that differ only in 工种 (RULES.md §1: a 工种 is its own
        // certificate, so the check list shows them rather than the issue path refusing them).
        var workTypes = await connection.QueryAsync<PairRecord>(new CommandDefinition(
            "SELECT a.idnumber AS IdNumber, a.number AS First, b.number AS Second, a.worktype AS FirstDetail, b.worktype AS SecondDetail, " +
            "a.occupationcode AS OccupationCode, a.level AS Level, a.holdername AS HolderName FROM certenginecertificates a " +
            "JOIN certenginecertificates b ON b.idnumber = a.idnumber AND b.occupationcode = a.occupationcode " +
            "AND COALESCE(b.level, -1) = COALESCE(a.level, -1) AND b.worktype <> a.worktype AND b.number > a.number " +
            "ORDER BY a.idnumber, a.number, b.number LIMIT @limit;",
            new { limit }, cancellationToken: cancellationToken));
        var names = await connection.QueryAsync<PairRecord>(new CommandDefinition(
            "SELECT x.idnumber AS IdNumber, MIN(x.name) AS First, MAX(x.name) AS Second, '' AS FirstDetail, " +
            "CAST(COUNT(DISTINCT x.name) AS TEXT) AS SecondDetail, '' AS OccupationCode, NULL AS Level, MIN(x.name) AS HolderName FROM (" +
            "SELECT idnumber, holdername AS name FROM certenginecertificates UNION SELECT idnumber, name FROM certenginecandidates) x " +
            "GROUP BY x.idnumber HAVING COUNT(DISTINCT x.name) > 1 ORDER BY x.idnumber LIMIT @limit;",
            new { limit }, cancellationToken: cancellationToken));
        // The database's collation orders names its own way; the pair is put in code-point order here, the same on both.
        return [.. workTypes.Select(r => r.ToPair("work-type")).Concat(names.Select(r => string.CompareOrdinal(r.First, r.Second) <= 0
            ? r.ToPair("name") : r.ToPair("name") with { First = r.Second, Second = r.First, HolderName = r.Second })).Take((int)limit)];
    }

    private static string Keys(ResultScope scope) =>
        "SELECT DISTINCT r.idnumber, r.trackkey FROM certenginecomponentresults r WHERE " +
        (scope.BatchId is not null ? "r.sessionid IN (SELECT b.sessionid FROM certenginebatchsittings b WHERE b.batchid = @batchId)"
            : scope.SessionId is not null ? "r.sessionid = @sessionId" : "r.examdate >= @from AND r.examdate <= @to");

    private static object Parameters(ResultScope scope, int take) => new
    {
        sessionId = scope.SessionId ?? "",
        batchId = scope.BatchId ?? "",
        from = scope.From is { } from ? Date(from) : "",
        to = scope.To is { } to ? Date(to) : "",
        take = Take(take),
    };

    private static string ScoreColumns() => string.Concat(Components.Select(c =>
        $"{c.Alias}.score AS {c.Component}Score, {c.Alias}.passmark AS {c.Component}PassMark, {c.Alias}.examdate AS {c.Component}Date, " +
        $"{c.Alias}.sessionid AS {c.Component}Session, {c.Alias}s.centre AS {c.Component}Centre, {c.Alias}.voided AS {c.Component}Voided, ")) + "1 AS Present ";

    // The latest fact per component of the line's track (a regrade or retake supersedes the first); a certificate reports
    // the results it rests on, so void ones are left out there. The sitting's centre is the 考点.
    private static string ScoreJoins(string owner, bool validOnly) => string.Concat(Components.Select(c =>
        $"LEFT JOIN certenginecomponentresults {c.Alias} ON {c.Alias}.factid = (SELECT r.factid FROM certenginecomponentresults r " +
        $"WHERE r.idnumber = {owner}.idnumber AND r.trackkey = {owner}.trackkey AND r.component = '{c.Component}'" + (validOnly ? " AND r.voided = 0" : "") +
        " ORDER BY r.atus DESC, r.factid DESC LIMIT 1) " +
        $"LEFT JOIN certenginesittingindex {c.Alias}s ON {c.Alias}s.indexkey = '*' AND {c.Alias}s.sessionid = {c.Alias}.sessionid "));

    private async IAsyncEnumerable<NationalRecord> StreamAsync(string sql, object parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await BenchConnections.OpenAsync(settings, cancellationToken);
        await foreach (var record in connection.QueryUnbufferedAsync<LineRecord>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return record.ToRecord();
        }
    }

    private static long Take(int take) => Math.Clamp(take, 0, IExportRecords.MaxLines);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class LineRecord
    {
        public string IdNumber { get; set; } = "";
        public string Name { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string? Number { get; set; }
        public string? Kind { get; set; }
        public string? OccupationCode { get; set; }
        public string? WorkType { get; set; }
        public long? Level { get; set; }
        public string? IssuedOn { get; set; }
        public string? Status { get; set; }
        public decimal? TheoryScore { get; set; }
        public decimal? TheoryPassMark { get; set; }
        public string? TheoryDate { get; set; }
        public string? TheorySession { get; set; }
        public string? TheoryCentre { get; set; }
        public long? TheoryVoided { get; set; }
        public decimal? PracticalScore { get; set; }
        public decimal? PracticalPassMark { get; set; }
        public string? PracticalDate { get; set; }
        public string? PracticalSession { get; set; }
        public string? PracticalCentre { get; set; }
        public long? PracticalVoided { get; set; }
        public decimal? ReviewScore { get; set; }
        public decimal? ReviewPassMark { get; set; }
        public string? ReviewDate { get; set; }
        public string? ReviewSession { get; set; }
        public string? ReviewCentre { get; set; }
        public long? ReviewVoided { get; set; }
        public long Present { get; set; }

        public NationalRecord ToRecord() => new(IdNumber, Name, TrackKey, Number, Kind, OccupationCode, WorkType, Level is { } level ? (int)level : null,
            IssuedOn is null ? null : ParseDate(IssuedOn), Number is null ? null : Status ?? "",
            Score(TheoryScore, TheoryPassMark, TheoryDate, TheorySession, TheoryCentre, TheoryVoided),
            Score(PracticalScore, PracticalPassMark, PracticalDate, PracticalSession, PracticalCentre, PracticalVoided),
            Score(ReviewScore, ReviewPassMark, ReviewDate, ReviewSession, ReviewCentre, ReviewVoided));

        private static NationalScore? Score(decimal? score, decimal? passMark, string? date, string? session, string? centre, long? voided) =>
            score is { } value && date is not null
                ? new NationalScore(value, passMark ?? 60m, ParseDate(date), session ?? "", centre ?? "", voided is { } v && v != 0)
                : null;
    }

    private sealed class PairRecord
    {
        public string IdNumber { get; set; } = "";
        public string First { get; set; } = "";
        public string Second { get; set; } = "";
        public string FirstDetail { get; set; } = "";
        public string SecondDetail { get; set; } = "";
        public string OccupationCode { get; set; } = "";
        public long? Level { get; set; }
        public string HolderName { get; set; } = "";

        public NearDuplicate ToPair(string kind) => new(kind, IdNumber, First, Second, FirstDetail, SecondDetail, OccupationCode,
            Level is { } level ? (int)level : null, HolderName);
    }
}
