using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Credit;

/// <summary><see cref="ICreditRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for both.</summary>
public sealed class SqlCreditRecords(StorageSettings settings) : ICreditRecords
{
    /// <inheritdoc />
    public async Task<int> AddTrainingAsync(IReadOnlyList<TrainingEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return 0;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = 0;
        foreach (var entry in entries)
        {
            stored += await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO certenginetraininghours (entryid, idnumber, centre, course, hours, fromdate, todate, actor, atus) " +
                "VALUES (@EntryId, @IdNumber, @Centre, @Course, @Hours, @FromDate, @ToDate, @Actor, @AtUs) ON CONFLICT DO NOTHING;",
                new
                {
                    entry.EntryId, entry.IdNumber, entry.Centre, entry.Course, entry.Hours, FromDate = Date(entry.From), ToDate = Date(entry.To), entry.Actor,
                    AtUs = AuditChain.MicrosecondsOf(entry.At),
                },
                transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrainingEntry>> TrainingAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<TrainingRecord>(new CommandDefinition(
            "SELECT entryid AS EntryId, idnumber AS IdNumber, centre AS Centre, course AS Course, hours AS Hours, fromdate AS FromDate, todate AS ToDate, " +
            "actor AS Actor, atus AS AtUs FROM certenginetraininghours WHERE idnumber = @idNumber ORDER BY fromdate, entryid LIMIT @take;",
            new { idNumber, take = (long)ICreditRecords.MaxRows }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new TrainingEntry(r.EntryId, r.IdNumber, r.Centre, r.Course, r.Hours, ParseDate(r.FromDate), ParseDate(r.ToDate), r.Actor,
            AuditChain.At(r.AtUs)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CreditComponent>> ComponentsAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        // The latest fact per track, component and sitting: a regrade supersedes the first.
        var rows = await connection.QueryAsync<ComponentRecord>(new CommandDefinition(
            "SELECT c.trackkey AS TrackKey, c.component AS Component, c.sessionid AS SessionId, c.examdate AS ExamDate, c.score AS Score, " +
            "c.passmark AS PassMark, c.voided AS Voided FROM certenginecomponentresults c WHERE c.idnumber = @idNumber " +
            "AND NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.idnumber = c.idnumber AND later.trackkey = c.trackkey " +
            "AND later.component = c.component AND later.sessionid = c.sessionid AND (later.atus > c.atus OR (later.atus = c.atus AND later.factid > c.factid))) " +
            "ORDER BY c.examdate, c.trackkey, c.component, c.sessionid LIMIT @take;",
            new { idNumber, take = (long)ICreditRecords.MaxRows }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CreditComponent(r.TrackKey, r.Component, r.SessionId, ParseDate(r.ExamDate), r.Score, r.PassMark, r.Voided != 0))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CreditCertificate>> CertificatesAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<CertificateRecord>(new CommandDefinition(
            "SELECT c.number AS Number, c.kind AS Kind, c.trackkey AS TrackKey, c.holdername AS HolderName, c.occupationcode AS OccupationCode, " +
            "c.worktype AS WorkType, c.level AS Level, c.issuedon AS IssuedOn, COALESCE((SELECT e.status FROM certenginecertificateevents e " +
            "WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), '') AS Status FROM certenginecertificates c WHERE c.idnumber = @idNumber " +
            "ORDER BY c.issuedon, c.atus, c.number LIMIT @take;",
            new { idNumber, take = (long)ICreditRecords.MaxRows }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CreditCertificate(r.Number, r.Kind, r.TrackKey, r.HolderName, r.OccupationCode, r.WorkType,
            r.Level is { } level ? (int)level : null, ParseDate(r.IssuedOn), r.Status))];
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class TrainingRecord
    {
        public string EntryId { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Centre { get; set; } = "";
        public string Course { get; set; } = "";
        public decimal Hours { get; set; }
        public string FromDate { get; set; } = "";
        public string ToDate { get; set; } = "";
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }

    private sealed class ComponentRecord
    {
        public string TrackKey { get; set; } = "";
        public string Component { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string ExamDate { get; set; } = "";
        public decimal Score { get; set; }
        public decimal PassMark { get; set; }
        public long Voided { get; set; }
    }

    private sealed class CertificateRecord
    {
        public string Number { get; set; } = "";
        public string Kind { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string HolderName { get; set; } = "";
        public string OccupationCode { get; set; } = "";
        public string WorkType { get; set; } = "";
        public long? Level { get; set; }
        public string IssuedOn { get; set; } = "";
        public string Status { get; set; } = "";
    }
}
