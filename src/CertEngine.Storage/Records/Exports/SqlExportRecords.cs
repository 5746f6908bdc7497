using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;

namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// <see cref="IExportRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for
/// both. A report streams its lines' heads (certificates, or candidate and track pairs) in order on one connection and
/// completes them a page at a time on another: one read each of the page's results, certificates, statuses and names by
/// index, never a subquery per line, so its cost grows with the lines and its memory with the page. A page is completed on
/// the thread pool while the lines of the page before it are handed on (written into the file), so reading and writing
/// overlap; at most two pages are held.
/// </summary>
public sealed class SqlExportRecords : IExportRecords
{
    /// <summary>How many lines are completed together.</summary>
    internal const int Page = 500;

    private readonly StorageSettings _settings;
    private readonly int _page;

    /// <summary>The reads on the store of <paramref name="settings"/>.</summary>
    public SqlExportRecords(StorageSettings settings)
        : this(settings, Page)
    {
    }

    /// <summary>The reads with pages of <paramref name="page"/> lines (tests use small pages to cross many of them).</summary>
    internal SqlExportRecords(StorageSettings settings, int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        _settings = settings;
        _page = page;
    }

    /// <inheritdoc />
    public async Task<long> CountCertificatesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certenginecertificates c WHERE c.issuedon >= @from AND c.issuedon <= @to;",
            new { from = Date(from), to = Date(to) }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<NationalRecord> CertificatesAsync(DateOnly from, DateOnly to, int take, CancellationToken cancellationToken = default) =>
        StreamAsync(
            "SELECT c.idnumber AS IdNumber, c.holdername AS Name, c.trackkey AS TrackKey, c.number AS Number, c.kind AS Kind, c.occupationcode AS OccupationCode, " +
            "c.worktype AS WorkType, c.level AS Level, c.issuedon AS IssuedOn FROM certenginecertificates c " +
            "WHERE c.issuedon >= @from AND c.issuedon <= @to ORDER BY c.issuedon, c.number LIMIT @take;",
            new { from = Date(from), to = Date(to), take = Take(take) }, certificates: true, cancellationToken);

    /// <inheritdoc />
    public async Task<long> CountResultsAsync(ResultScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM (" + Keys(scope) + ") k;", Parameters(scope, 0), cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<NationalRecord> ResultsAsync(ResultScope scope, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return StreamAsync(
            "SELECT k.idnumber AS IdNumber, '' AS Name, k.trackkey AS TrackKey FROM (" + Keys(scope) + ") k ORDER BY k.idnumber, k.trackkey LIMIT @take;",
            Parameters(scope, take), certificates: false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NearDuplicate>> NearDuplicatesAsync(int take, CancellationToken cancellationToken = default)
    {
        var limit = (long)Math.Clamp(take, 0, IExportRecords.MaxPairs);
        await using var connection = await StorageConnections.OpenAsync(_settings, cancellationToken);
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

    private async IAsyncEnumerable<NationalRecord> StreamAsync(string sql, object parameters, bool certificates, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var heads = await StorageConnections.OpenAsync(_settings, cancellationToken);
        await using var details = await StorageConnections.OpenAsync(_settings, cancellationToken);
        var dialect = _settings.Dialect;
        var next = new List<HeadRecord>(_page);
        // The page being completed on the details connection (one at a time), while the heads of the next are read and the
        // lines of the one before are handed on. Task.Run: SQLite's "async" reads run synchronously, and the point is overlap.
        Task<IReadOnlyList<NationalRecord>>? completing = null;
        try
        {
            await foreach (var head in heads.QueryUnbufferedAsync<HeadRecord>(sql, parameters).WithCancellation(cancellationToken))
            {
                next.Add(head);
                if (next.Count < _page)
                {
                    continue;
                }

                // The page before is awaited (it holds the details connection), this one started, and only then are the
                // lines before handed on: they are written while this page is completed.
                IReadOnlyList<NationalRecord> done = completing is null ? [] : await completing;
                var full = next;
                next = new List<HeadRecord>(_page);
                completing = Task.Run(() => CompleteAsync(details, dialect, full, certificates, cancellationToken), cancellationToken);
                foreach (var record in done)
                {
                    yield return record;
                }
            }

            if (completing is not null)
            {
                var done = await completing;
                completing = null;
                foreach (var record in done)
                {
                    yield return record;
                }
            }

            foreach (var record in await CompleteAsync(details, dialect, next, certificates, cancellationToken))
            {
                yield return record;
            }
        }
        finally
        {
            // Stopped early (the reader left, or the heads failed): the page in hand finishes before its connection closes.
            if (completing is not null)
            {
                await ((Task)completing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // A page of heads completed: the latest result per component of the line's track (a regrade or retake supersedes the
    // first; a certificate reports the results it rests on, so void ones are left out there) with its sitting's centre (the
    // 考点); for a results line the track's latest certificate and the name in the directory; every certificate's latest
    // status. Each read takes the page's ID numbers (or numbers) at once and orders by what makes a row the latest, so the
    // first row seen per key is the one kept (ties broken by the database, as a per-line subquery would).
    private static async Task<IReadOnlyList<NationalRecord>> CompleteAsync(DbConnection connection, StorageDialect dialect, List<HeadRecord> page, bool certificates,
        CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        // A list as one parameter (SqlLists).
        string In(string column, string parameter) => SqlLists.In(dialect, column, parameter);
        object List(IEnumerable<string> values) => SqlLists.Of(dialect, values);
        var ids = List(page.Select(h => h.IdNumber).Distinct(StringComparer.Ordinal));
        var scores = new Dictionary<(string, string, string), NationalScore>();
        foreach (var r in await connection.QueryAsync<ScoreRecord>(new CommandDefinition(
            "SELECT r.idnumber AS IdNumber, r.trackkey AS TrackKey, r.component AS Component, r.score AS Score, r.passmark AS PassMark, r.examdate AS ExamDate, " +
            "r.sessionid AS SessionId, s.centre AS Centre, r.voided AS Voided FROM certenginecomponentresults r " +
            "LEFT JOIN certenginesittingindex s ON s.indexkey = '*' AND s.sessionid = r.sessionid " +
            "WHERE " + In("r.idnumber", "ids") + " AND r.component IN ('Theory', 'Practical', 'Review')" + (certificates ? " AND r.voided = 0" : "") +
            " ORDER BY r.atus DESC, r.factid DESC;", new { ids }, cancellationToken: cancellationToken)))
        {
            scores.TryAdd((r.IdNumber, r.TrackKey, r.Component), new NationalScore(r.Score, r.PassMark, ParseDate(r.ExamDate), r.SessionId, r.Centre ?? "", r.Voided != 0));
        }

        var held = new Dictionary<(string, string), HeadRecord>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!certificates)
        {
            foreach (var c in await connection.QueryAsync<HeadRecord>(new CommandDefinition(
                "SELECT c.idnumber AS IdNumber, c.holdername AS Name, c.trackkey AS TrackKey, c.number AS Number, c.kind AS Kind, c.occupationcode AS OccupationCode, " +
                "c.worktype AS WorkType, c.level AS Level, c.issuedon AS IssuedOn FROM certenginecertificates c WHERE " + In("c.idnumber", "ids") + " " +
                "ORDER BY c.atus DESC, c.number DESC;", new { ids }, cancellationToken: cancellationToken)))
            {
                held.TryAdd((c.IdNumber, c.TrackKey), c);
            }

            foreach (var (idNumber, name) in await connection.QueryAsync<(string, string)>(new CommandDefinition(
                "SELECT idnumber, name FROM certenginecandidatedirectory WHERE " + In("idnumber", "ids") + ";", new { ids }, cancellationToken: cancellationToken)))
            {
                names[idNumber] = name;
            }
        }

        var lines = page.Select(h => certificates ? h : held.TryGetValue((h.IdNumber, h.TrackKey), out var c)
            ? c with { Name = names.GetValueOrDefault(h.IdNumber) ?? c.Name }
            : h with { Name = names.GetValueOrDefault(h.IdNumber) ?? "" }).ToList();
        var heldNumbers = lines.Where(l => l.Number is not null).Select(l => l.Number!).Distinct(StringComparer.Ordinal).ToList();
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (heldNumbers.Count > 0)
        {
            var numbers = List(heldNumbers);
            foreach (var (number, status) in await connection.QueryAsync<(string, string)>(new CommandDefinition(
                "SELECT e.number, e.status FROM certenginecertificateevents e WHERE " + In("e.number", "numbers") + " ORDER BY e.sequence DESC;",
                new { numbers }, cancellationToken: cancellationToken)))
            {
                statuses.TryAdd(number, status);
            }
        }

        NationalScore? Score(HeadRecord line, string component) => scores.GetValueOrDefault((line.IdNumber, line.TrackKey, component));
        return [.. lines.Select(l => new NationalRecord(l.IdNumber, l.Name, l.TrackKey, l.Number, l.Kind, l.OccupationCode, l.WorkType,
            l.Level is { } level ? (int)level : null, l.IssuedOn is null ? null : ParseDate(l.IssuedOn),
            l.Number is null ? null : statuses.GetValueOrDefault(l.Number) ?? "", Score(l, "Theory"), Score(l, "Practical"), Score(l, "Review")))];
    }

    private static long Take(int take) => Math.Clamp(take, 0, IExportRecords.MaxLines);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths. A results line's head
    // carries only the ID number and track until its certificate is found.
    private sealed record HeadRecord
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
    }

    private sealed class ScoreRecord
    {
        public string IdNumber { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string Component { get; set; } = "";
        public decimal Score { get; set; }
        public decimal PassMark { get; set; }
        public string ExamDate { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string? Centre { get; set; }
        public long Voided { get; set; }
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
