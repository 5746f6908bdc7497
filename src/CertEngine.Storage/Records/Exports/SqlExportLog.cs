using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Exports;

/// <summary><see cref="IExportLog"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for both.</summary>
public sealed class SqlExportLog(StorageSettings settings) : IExportLog
{
    /// <inheritdoc />
    public async Task<bool> AppendAsync(ExportLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineexports (exportid, kind, format, filters, rowcount, bytes, sha256, filename, actor, atus) " +
            "VALUES (@ExportId, @Kind, @Format, @Filters, @RowCount, @Bytes, @Sha256, @FileName, @Actor, @AtUs) ON CONFLICT DO NOTHING;",
            new
            {
                entry.ExportId, entry.Kind, entry.Format, entry.Filters, entry.RowCount, entry.Bytes, entry.Sha256, entry.FileName, entry.Actor,
                AtUs = AuditChain.MicrosecondsOf(entry.At),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ExportLogEntry> Entries, long Total)> ListAsync(long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM certengineexports;", cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<EntryRecord>(new CommandDefinition(
            "SELECT exportid AS ExportId, kind AS Kind, format AS Format, filters AS Filters, rowcount AS RowCount, bytes AS Bytes, sha256 AS Sha256, " +
            "filename AS FileName, actor AS Actor, atus AS AtUs FROM certengineexports ORDER BY atus DESC, exportid DESC LIMIT @take OFFSET @skip;",
            new { skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, IExportLog.MaxTake) }, cancellationToken: cancellationToken));
        return ([.. rows.Select(r => new ExportLogEntry(r.ExportId, r.Kind, r.Format, r.Filters, r.RowCount, r.Bytes, r.Sha256, r.FileName, r.Actor,
            AuditChain.At(r.AtUs)))], total);
    }

    // Dapper's target, filled through setters (the dialects return integers in their own widths).
    private sealed class EntryRecord
    {
        public string ExportId { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Format { get; set; } = "";
        public string Filters { get; set; } = "";
        public long RowCount { get; set; }
        public long Bytes { get; set; }
        public string Sha256 { get; set; } = "";
        public string FileName { get; set; } = "";
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }
}
