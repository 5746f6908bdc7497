using System.Globalization;
using System.Text.Json;
using CertEngine.Domain.Audit;
using CertEngine.Domain.Supervision;
using Dapper;

namespace CertEngine.Storage.Records.Supervision;

/// <summary><see cref="ISupervisionRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlSupervisionRecords(StorageSettings settings) : ISupervisionRecords
{
    private const int Chunk = 500;

    private const string Columns =
        "recordid AS RecordId, sessionid AS SessionId, trackkey AS TrackKey, supervisor AS Supervisor, supervisorname AS SupervisorName, " +
        "external AS External, signed AS Signed, corrects AS Corrects, answers AS Answers, notes AS Notes, atus AS AtUs";

    /// <inheritdoc />
    public async Task<bool> AppendAsync(SupervisionRecordRow record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answers = JsonSerializer.Serialize(record.Entries.Select(e => new Answer(e.ItemId, e.Answer is { } a ? SupervisionAnswers.Word(a) : null, e.Note)).ToList());
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginesupervisionrecords (recordid, sessionid, trackkey, supervisor, supervisorname, external, signed, corrects, answers, notes, atus) " +
            "VALUES (@RecordId, @SessionId, @TrackKey, @Supervisor, @SupervisorName, @External, @Signed, @Corrects, @Answers, @Notes, @AtUs) ON CONFLICT DO NOTHING;",
            new
            {
                record.RecordId, record.SessionId, record.TrackKey, record.Supervisor, record.SupervisorName, External = record.External ? 1 : 0,
                Signed = record.Signed ? 1 : 0, record.Corrects, Answers = answers, record.Notes, AtUs = AuditChain.MicrosecondsOf(record.At),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SupervisionRecordRow>> ForSittingAsync(string sessionId, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<RecordRow>(new CommandDefinition(
            $"SELECT {Columns} FROM certenginesupervisionrecords WHERE sessionid = @sessionId ORDER BY atus, recordid LIMIT @take;",
            new { sessionId, take = (long)take }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> SignedAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sessionIds.Count, ISupervisionRecords.MaxSittings);
        var signed = new HashSet<string>(StringComparer.Ordinal);
        if (sessionIds.Count == 0)
        {
            return signed;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        foreach (var chunk in sessionIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            // One named parameter per id: the same SQL text in both dialects (Npgsql has no list expansion of IN @ids).
            var names = chunk.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add(names[i], chunk[i]);
            }

            signed.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT DISTINCT sessionid FROM certenginesupervisionrecords WHERE signed = 1 AND sessionid IN ({string.Join(", ", names)});",
                parameters, cancellationToken: cancellationToken)));
        }

        return signed;
    }

    private sealed record Answer(string Item, string? Value, string Note);

    // Dapper's target, filled through setters (the dialects return integers in their own widths).
    private sealed class RecordRow
    {
        public string RecordId { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string Supervisor { get; set; } = "";
        public string SupervisorName { get; set; } = "";
        public long External { get; set; }
        public long Signed { get; set; }
        public string? Corrects { get; set; }
        public string Answers { get; set; } = "[]";
        public string Notes { get; set; } = "";
        public long AtUs { get; set; }

        public SupervisionRecordRow ToRow() => new(RecordId, SessionId, TrackKey, Supervisor, SupervisorName, External != 0, Signed != 0, Corrects,
            (JsonSerializer.Deserialize<List<Answer>>(Answers) ?? []).Select(a => new SupervisionEntry(a.Item, SupervisionAnswers.Parse(a.Value), a.Note)).ToList(),
            Notes, AuditChain.At(AtUs));
    }
}
