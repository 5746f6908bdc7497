using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Raters;

/// <summary><see cref="IRaterRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper.</summary>
public sealed class SqlRaterRecords(StorageSettings settings) : IRaterRecords
{
    /// <summary>The most sheets one analysis reads (a year of a large centre: 50,000 candidates × 4 tasks × 3 assessors).</summary>
    public const int MaxCap = 1_000_000;

    private const string Sql =
        "SELECT s.attemptkey AS AttemptKey, s.taskid AS TaskId, s.trackkey AS TrackKey, s.assessor AS Assessor, s.total AS Total, s.atus AS AtUs, " +
        "CASE WHEN EXISTS (SELECT 1 FROM certengineadjudications a WHERE a.attemptkey = s.attemptkey AND a.taskid = s.taskid) THEN 1 ELSE 0 END AS Adjudicated " +
        "FROM certenginepracticalsheets s WHERE s.atus >= @from AND s.atus < @to ORDER BY s.atus, s.factid LIMIT @take;";

    /// <inheritdoc />
    public async Task<RaterSheetPage> SheetsAsync(DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        cap = Math.Min(cap, MaxCap);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql,
            new { from = AuditChain.MicrosecondsOf(from), to = AuditChain.MicrosecondsOf(to), take = (long)cap + 1 }, cancellationToken: cancellationToken))).ToList();
        var sheets = rows.Take(cap).Select(r => new RaterSheetRow(r.AttemptKey, r.TaskId, r.TrackKey, r.Assessor, r.Total, AuditChain.At(r.AtUs), r.Adjudicated != 0)).ToList();
        return new RaterSheetPage(sheets, rows.Count > cap);
    }

    // Dapper's target, filled through setters: the dialects return numbers in their own widths.
    private sealed class Row
    {
        public string AttemptKey { get; set; } = "";
        public string TaskId { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string Assessor { get; set; } = "";
        public decimal Total { get; set; }
        public long AtUs { get; set; }
        public long Adjudicated { get; set; }
    }
}
