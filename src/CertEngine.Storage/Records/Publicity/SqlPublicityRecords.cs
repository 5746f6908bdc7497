using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Publicity;

/// <summary><see cref="IPublicityRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlPublicityRecords(StorageSettings settings) : IPublicityRecords
{
    private const string DateFormat = "yyyy-MM-dd";

    // One IN list per this many ids: well under both dialects' limits on parameters.
    private const int Chunk = 500;

    private const string NoticeColumns =
        "SELECT publicityid AS PublicityId, trackkey AS TrackKey, sessionid AS SessionId, fromdate AS FromDate, todate AS ToDate, components AS Components, " +
        "startson AS StartsOn, endson AS EndsOn, workingdays AS WorkingDays, linecount AS LineCount, publishedby AS PublishedBy, publishedus AS PublishedUs " +
        "FROM certenginepublicity ";

    private const string ObjectionColumns =
        "SELECT objectionid AS ObjectionId, publicityid AS PublicityId, idnumber AS IdNumber, ticket AS Ticket, body AS Body, lodgedus AS LodgedUs, status AS Status, " +
        "answer AS Answer, answeredby AS AnsweredBy, answeredus AS AnsweredUs, closedby AS ClosedBy, closedus AS ClosedUs FROM certenginepublicityobjections ";

    /// <inheritdoc />
    public async Task<bool> PublishAsync(PublicityNotice notice, IReadOnlyList<PublicityLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines.Count, IPublicityRecords.MaxLines, nameof(lines));
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginepublicity (publicityid, trackkey, sessionid, fromdate, todate, components, startson, endson, workingdays, linecount, publishedby, publishedus) " +
            "VALUES (@PublicityId, @TrackKey, @SessionId, @FromDate, @ToDate, @Components, @StartsOn, @EndsOn, @WorkingDays, @LineCount, @PublishedBy, @PublishedUs) " +
            "ON CONFLICT (publicityid) DO NOTHING;",
            new
            {
                notice.PublicityId, notice.TrackKey, notice.SessionId, FromDate = Text(notice.From), ToDate = Text(notice.To), Components = string.Join(',', notice.Components),
                StartsOn = Text(notice.StartsOn), EndsOn = Text(notice.EndsOn), WorkingDays = (long)notice.WorkingDays, LineCount = (long)lines.Count,
                notice.PublishedBy, PublishedUs = AuditChain.MicrosecondsOf(notice.PublishedAt),
            },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginepublicitylines (publicityid, idnumber, trackkey, ticket, maskedname, maskedid, occupation, worktype, level, scores, passed) " +
            "VALUES (@PublicityId, @IdNumber, @TrackKey, @Ticket, @MaskedName, @MaskedId, @Occupation, @WorkType, @Level, @Scores, @Passed);",
            lines.Select(l => new
            {
                notice.PublicityId, l.IdNumber, notice.TrackKey, l.Ticket, l.MaskedName, l.MaskedId, l.Occupation, l.WorkType, l.Level,
                Scores = string.Join(';', l.Scores.Select(s => s?.ToString(CultureInfo.InvariantCulture) ?? "")), Passed = l.Passed ? 1L : 0L,
            }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<PublicityNotice?> FindAsync(string publicityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<NoticeRecord>(new CommandDefinition(
            NoticeColumns + "WHERE publicityid = @publicityId;", new { publicityId }, cancellationToken: cancellationToken));
        return row is null ? null : Notice(row);
    }

    /// <inheritdoc />
    public async Task<PublicityNotice?> FindBySittingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return null;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<NoticeRecord>(new CommandDefinition(
            NoticeColumns + "WHERE sessionid = @sessionId ORDER BY publishedus DESC LIMIT 1;", new { sessionId }, cancellationToken: cancellationToken));
        return row is null ? null : Notice(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicityNotice>> ListAsync(string? trackKey, long skip, int take, CancellationToken cancellationToken = default)
    {
        var parameters = new { track = (trackKey ?? "").Trim(), skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, IPublicityRecords.MaxTake) };
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<NoticeRecord>(new CommandDefinition(
            NoticeColumns + "WHERE (@track = '' OR trackkey = @track) ORDER BY publishedus DESC, publicityid LIMIT @take OFFSET @skip;",
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(Notice)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicityLine>> LinesAsync(string publicityId, long skip, int take, CancellationToken cancellationToken = default)
    {
        var parameters = new { publicityId, skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, IPublicityRecords.MaxLines) };
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<LineRecord>(new CommandDefinition(
            "SELECT idnumber AS IdNumber, ticket AS Ticket, maskedname AS MaskedName, maskedid AS MaskedId, occupation AS Occupation, worktype AS WorkType, " +
            "level AS Level, scores AS Scores, passed AS Passed FROM certenginepublicitylines WHERE publicityid = @publicityId " +
            "ORDER BY ticket, idnumber LIMIT @take OFFSET @skip;", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PublicityLine(r.IdNumber, r.Ticket, r.MaskedName, r.MaskedId, r.Occupation, r.WorkType, r.Level,
            [.. r.Scores.Split(';').Select(s => s.Length == 0 ? (decimal?)null : decimal.Parse(s, CultureInfo.InvariantCulture))], r.Passed != 0))];
    }

    /// <inheritdoc />
    public async Task<PublicityStandingRow?> StandingAsync(string trackKey, string idNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<StandingRecord>(new CommandDefinition(
            "SELECT p.publicityid AS PublicityId, p.endson AS EndsOn, " +
            "(SELECT COUNT(*) FROM certenginepublicityobjections o WHERE o.publicityid = p.publicityid AND o.idnumber = l.idnumber AND o.status <> @closed) AS OpenObjections " +
            "FROM certenginepublicitylines l JOIN certenginepublicity p ON p.publicityid = l.publicityid " +
            "WHERE l.trackkey = @trackKey AND l.idnumber = @idNumber AND l.passed = 1 ORDER BY p.publishedus DESC, p.publicityid DESC LIMIT 1;",
            new { trackKey, idNumber, closed = PublicityObjectionStatus.Closed }, cancellationToken: cancellationToken));
        return row is null ? null : new PublicityStandingRow(row.PublicityId, Date(row.EndsOn)!.Value, (int)row.OpenObjections);
    }

    /// <inheritdoc />
    public async Task<bool> LodgeAsync(PublicityObjection objection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objection);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginepublicityobjections (objectionid, publicityid, idnumber, ticket, body, lodgedus, status, answer, answeredby, answeredus, closedby, closedus) " +
            "SELECT @ObjectionId, l.publicityid, l.idnumber, l.ticket, @Text, @LodgedUs, @open, '', '', 0, '', 0 FROM certenginepublicitylines l " +
            "WHERE l.publicityid = @PublicityId AND l.idnumber = @IdNumber AND l.ticket = @Ticket;",
            new { objection.ObjectionId, objection.PublicityId, objection.IdNumber, objection.Ticket, objection.Text, LodgedUs = AuditChain.MicrosecondsOf(objection.LodgedAt), open = PublicityObjectionStatus.Open },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<PublicityObjection?> ObjectionAsync(string objectionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<ObjectionRecord>(new CommandDefinition(
            ObjectionColumns + "WHERE objectionid = @objectionId;", new { objectionId }, cancellationToken: cancellationToken));
        return row is null ? null : Objection(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicityObjection>> ObjectionsAsync(string? status, string? publicityId, long skip, int take, CancellationToken cancellationToken = default)
    {
        var parameters = new { status = status ?? "", publicityId = publicityId ?? "", skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, IPublicityRecords.MaxTake) };
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ObjectionRecord>(new CommandDefinition(
            ObjectionColumns + "WHERE (@status = '' OR status = @status) AND (@publicityId = '' OR publicityid = @publicityId) " +
            "ORDER BY lodgedus, objectionid LIMIT @take OFFSET @skip;", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(Objection)];
    }

    /// <inheritdoc />
    public async Task<int> CountHoldingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certenginepublicityobjections WHERE status <> @closed;", new { closed = PublicityObjectionStatus.Closed }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicityEnding>> EndingAsync(DateOnly today, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        // Dates are stored as yyyy-MM-dd text in both dialects, so text order is date order.
        var rows = await connection.QueryAsync<EndingRecord>(new CommandDefinition(
            "SELECT x.endson AS EndsOn, COUNT(*) AS Candidates FROM (SELECT DISTINCT p.endson, l.trackkey, l.idnumber " +
            "FROM certenginepublicity p JOIN certenginepublicitylines l ON l.publicityid = p.publicityid " +
            "WHERE p.endson >= @today AND l.passed = 1 " +
            "AND NOT EXISTS (SELECT 1 FROM certenginecertificates c WHERE c.trackkey = l.trackkey AND c.idnumber = l.idnumber)) x " +
            "GROUP BY x.endson ORDER BY x.endson LIMIT @take;",
            new { today = Text(today), take = (long)Math.Clamp(take, 0, IPublicityRecords.MaxTake) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PublicityEnding(Date(r.EndsOn)!.Value, (int)r.Candidates))];
    }

    /// <inheritdoc />
    public async Task<bool> AnswerAsync(string objectionId, string answer, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE certenginepublicityobjections SET status = @answered, answer = @answer, answeredby = @actor, answeredus = @at " +
            "WHERE objectionid = @objectionId AND status <> @closed;",
            new { objectionId, answer, actor, at = AuditChain.MicrosecondsOf(at), answered = PublicityObjectionStatus.Answered, closed = PublicityObjectionStatus.Closed },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> CloseAsync(string objectionId, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE certenginepublicityobjections SET status = @closed, closedby = @actor, closedus = @at WHERE objectionid = @objectionId AND status = @answered;",
            new { objectionId, actor, at = AuditChain.MicrosecondsOf(at), answered = PublicityObjectionStatus.Answered, closed = PublicityObjectionStatus.Closed },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> PublishedSittingsAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (sessionIds.Count == 0)
        {
            return found;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        foreach (var chunk in sessionIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var names = chunk.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add(names[i], chunk[i]);
            }

            found.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT DISTINCT sessionid FROM certenginepublicity WHERE sessionid IN ({string.Join(", ", names)});", parameters, cancellationToken: cancellationToken)));
        }

        return found;
    }

    private static string Text(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static PublicityNotice Notice(NoticeRecord r) => new(r.PublicityId, r.TrackKey, r.SessionId, Date(r.FromDate), Date(r.ToDate),
        r.Components.Split(',', StringSplitOptions.RemoveEmptyEntries), Date(r.StartsOn)!.Value, Date(r.EndsOn)!.Value, (int)r.WorkingDays, (int)r.LineCount,
        r.PublishedBy, AuditChain.At(r.PublishedUs));

    private static PublicityObjection Objection(ObjectionRecord r) => new(r.ObjectionId, r.PublicityId, r.IdNumber, r.Ticket, r.Body, AuditChain.At(r.LodgedUs), r.Status,
        r.Answer, r.AnsweredBy, r.AnsweredUs == 0 ? null : AuditChain.At(r.AnsweredUs), r.ClosedBy, r.ClosedUs == 0 ? null : AuditChain.At(r.ClosedUs));

    // Dapper's targets, filled through setters (the dialects return integers in their own widths).
    private sealed class NoticeRecord
    {
        public string PublicityId { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string FromDate { get; set; } = "";
        public string ToDate { get; set; } = "";
        public string Components { get; set; } = "";
        public string StartsOn { get; set; } = "";
        public string EndsOn { get; set; } = "";
        public long WorkingDays { get; set; }
        public long LineCount { get; set; }
        public string PublishedBy { get; set; } = "";
        public long PublishedUs { get; set; }
    }

    private sealed class LineRecord
    {
        public string IdNumber { get; set; } = "";
        public string Ticket { get; set; } = "";
        public string MaskedName { get; set; } = "";
        public string MaskedId { get; set; } = "";
        public string Occupation { get; set; } = "";
        public string WorkType { get; set; } = "";
        public string Level { get; set; } = "";
        public string Scores { get; set; } = "";
        public long Passed { get; set; }
    }

    private sealed class EndingRecord
    {
        public string EndsOn { get; set; } = "";
        public long Candidates { get; set; }
    }

    private sealed class StandingRecord
    {
        public string PublicityId { get; set; } = "";
        public string EndsOn { get; set; } = "";
        public long OpenObjections { get; set; }
    }

    private sealed class ObjectionRecord
    {
        public string ObjectionId { get; set; } = "";
        public string PublicityId { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Ticket { get; set; } = "";
        public string Body { get; set; } = "";
        public long LodgedUs { get; set; }
        public string Status { get; set; } = "";
        public string Answer { get; set; } = "";
        public string AnsweredBy { get; set; } = "";
        public long AnsweredUs { get; set; }
        public string ClosedBy { get; set; } = "";
        public long ClosedUs { get; set; }
    }
}
