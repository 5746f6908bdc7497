using System.Globalization;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records.Facts;
using Dapper;

namespace CertEngine.Storage.Records.Results;

/// <summary><see cref="IResultRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for both.</summary>
public sealed class SqlResultRecords(StorageSettings settings) : IResultRecords
{
    // The latest fact per candidate, component and sitting (a regrade supersedes the first), with the latest name stored
    // for the ID number (a candidate may have renamed).
    private static string LatestResults(string where) =>
        "SELECT c.trackkey AS TrackKey, c.idnumber AS IdNumber, COALESCE((SELECT p.name FROM certenginecandidates p WHERE p.idnumber = c.idnumber " +
        "ORDER BY p.atus DESC, p.factid DESC LIMIT 1), '') AS Name, c.component AS Component, c.sessionid AS SessionId, c.score AS Score, " +
        "c.passmark AS PassMark, c.examdate AS ExamDate, c.voided AS Voided, c.atus AS AtUs FROM certenginecomponentresults c " +
        "WHERE " + where + " AND NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = c.trackkey " +
        "AND later.idnumber = c.idnumber AND later.component = c.component AND later.sessionid = c.sessionid " +
        "AND (later.atus > c.atus OR (later.atus = c.atus AND later.factid > c.factid))) ";

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResultRow>> SittingResultsAsync(string sessionId, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ResultRecord>(new CommandDefinition(
            LatestResults("c.sessionid = @sessionId") + "ORDER BY c.idnumber, c.component LIMIT @take;",
            new { sessionId, take = Take(take) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResultRow>> TrackResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackKey);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ResultRecord>(new CommandDefinition(
            LatestResults("c.trackkey = @trackKey") +
            "ORDER BY Name, c.idnumber, c.examdate, c.component, c.sessionid LIMIT @take OFFSET @skip;",
            new { trackKey, skip = Math.Max(0, skip), take = Take(take) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RulingRow>> RulingsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<RulingRecord>(new CommandDefinition(
            "SELECT DISTINCT s.idnumber AS IdNumber, a.taskid AS TaskId, a.score AS Score, a.chief AS Chief, a.atus AS AtUs FROM certengineadjudications a " +
            "JOIN certenginepracticalsheets s ON s.attemptkey = a.attemptkey AND s.taskid = a.taskid WHERE a.sessionid = @sessionId " +
            "ORDER BY s.idnumber, a.taskid LIMIT @take;",
            new { sessionId, take = (long)SqlFactStore.MaxTake }, cancellationToken: cancellationToken));
        return rows.Select(r => new RulingRow(r.IdNumber, r.TaskId, r.Score, r.Chief, AuditChain.At(r.AtUs))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CertificateListing>> FindCertificatesAsync(CertificateQuery query, long skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = Cut(query.Text).ToUpperInvariant();
        var pattern = "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
        var parameters = new
        {
            text,
            pattern,
            sessionId = Cut(query.SessionId),
            from = query.IssuedFrom is { } from ? Date(from) : "",
            to = query.IssuedTo is { } to ? Date(to) : "9999-12-31",
            skip = Math.Max(0, skip),
            take = Take(take),
            tickets = text.Length >= CertificateQuery.MinTicketPart ? MaxTicketHolders : 0L,
        };
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ListingRecord>(new CommandDefinition(
            "SELECT c.number AS Number, c.trackkey AS TrackKey, c.idnumber AS IdNumber, c.holdername AS HolderName, c.issuedon AS IssuedOn, " +
            "COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), '') AS Status, " +
            "COALESCE((SELECT e.reason FROM certenginecertificateevents e WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), '') AS StatusReason " +
            "FROM certenginecertificates c WHERE (@text = '' OR UPPER(c.number) LIKE @pattern ESCAPE '\\' OR UPPER(c.holdername) LIKE @pattern ESCAPE '\\' " +
            "OR UPPER(c.idnumber) LIKE @pattern ESCAPE '\\' " +
            // Part of an admission ticket number, from four characters: the holders of the batches' and 公示 lines' tickets, bounded.
            "OR (@tickets > 0 AND c.idnumber IN (SELECT bm.idnumber FROM certenginebatchmembers bm WHERE bm.ticketkey LIKE @pattern ESCAPE '\\' LIMIT @tickets)) " +
            "OR (@tickets > 0 AND c.idnumber IN (SELECT pl.idnumber FROM certenginepublicitylines pl WHERE UPPER(pl.ticket) LIKE @pattern ESCAPE '\\' LIMIT @tickets))) " +
            "AND (@sessionId = '' OR EXISTS (SELECT 1 FROM certenginecomponentresults r WHERE r.idnumber = c.idnumber AND r.trackkey = c.trackkey " +
            "AND r.sessionid = @sessionId)) AND c.issuedon >= @from AND c.issuedon <= @to " +
            "ORDER BY c.atus DESC, c.number DESC LIMIT @take OFFSET @skip;",
            parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new CertificateListing(r.Number, r.TrackKey, r.IdNumber, r.HolderName, ParseDate(r.IssuedOn), r.Status, r.StatusReason)).ToList();
    }

    // The most holders one ticket part finds, in each of the two tables that hold tickets.
    private const long MaxTicketHolders = 500;

    private static long Take(int take) => Math.Clamp(take, 0, SqlFactStore.MaxTake);

    private static string Cut(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > CertificateQuery.MaxLength ? trimmed[..CertificateQuery.MaxLength] : trimmed;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class ResultRecord
    {
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Name { get; set; } = "";
        public string Component { get; set; } = "";
        public string SessionId { get; set; } = "";
        public decimal Score { get; set; }
        public decimal PassMark { get; set; }
        public string ExamDate { get; set; } = "";
        public long Voided { get; set; }
        public long AtUs { get; set; }

        public ResultRow ToRow() => new(TrackKey, IdNumber, Name, Component, SessionId, Score, PassMark, ParseDate(ExamDate), Voided != 0, AuditChain.At(AtUs));
    }

    private sealed class RulingRecord
    {
        public string IdNumber { get; set; } = "";
        public string TaskId { get; set; } = "";
        public decimal Score { get; set; }
        public string Chief { get; set; } = "";
        public long AtUs { get; set; }
    }

    private sealed class ListingRecord
    {
        public string Number { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string HolderName { get; set; } = "";
        public string IssuedOn { get; set; } = "";
        public string Status { get; set; } = "";
        public string StatusReason { get; set; } = "";
    }
}
