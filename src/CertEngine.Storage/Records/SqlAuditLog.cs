using System.Data.Common;
using System.Text;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records;

/// <summary>
/// <see cref="IAuditLog"/> on the SQLite file (embedded) or the PostgreSQL database (cluster) of
/// <see cref="StorageSettings"/>, with Dapper. One SQL text serves both: identifiers are lower case (SQLite ignores
/// case), parameters are <c>@name</c>, and both speak <c>ON CONFLICT</c>.
/// </summary>
public sealed class SqlAuditLog(StorageSettings settings) : IAuditLog
{
    // Any constant works; every silo anchoring one PostgreSQL database must use the same one.
    private const long PostgresAnchorLock = 0x43_45_41_4E_43_48_4F_52; // "CEANCHOR"

    private const string Columns = "subject, seq, factid, atus, actor, action, reason, details, prevhash, hash";

    /// <inheritdoc />
    public async Task<AuditHead?> ReadHeadAsync(string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<HeadRow>(new CommandDefinition(
            "SELECT subject, seq, hash FROM certengineaudit WHERE subject = @subject ORDER BY seq DESC LIMIT 1;",
            new { subject }, cancellationToken: cancellationToken));
        return row is null ? null : new AuditHead(row.Subject, row.Seq, row.Hash);
    }

    /// <inheritdoc />
    public async Task<bool> AppendAsync(AuditLink link, string previousHash, string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO certengineaudit ({Columns}) VALUES (@Subject, @Sequence, @FactId, @AtMicroseconds, @Actor, @Action, @Reason, @Details, @previousHash, @hash) " +
            "ON CONFLICT (factid) DO NOTHING;",
            new { link.Subject, link.Sequence, link.FactId, link.AtMicroseconds, link.Actor, link.Action, link.Reason, link.Details, previousHash, hash },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO certengineauditheads (subject, seq, hash) VALUES (@Subject, @Sequence, @hash) " +
                "ON CONFLICT (subject) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;",
                new { link.Subject, link.Sequence, hash }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    /// <inheritdoc />
    public async Task AppendManyAsync(IReadOnlyList<ChainedLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0)
        {
            return;
        }

        if (links.Count > IAuditLog.MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(links), links.Count, $"at most {IAuditLog.MaxBatch} links are appended at once");
        }

        var subject = links[0].Link.Subject;
        for (var i = 0; i < links.Count; i++)
        {
            if (!string.Equals(links[i].Link.Subject, subject, StringComparison.Ordinal)
                || (i > 0 && (links[i].Link.Sequence != links[i - 1].Link.Sequence + 1 || !string.Equals(links[i].PreviousHash, links[i - 1].Hash, StringComparison.Ordinal))))
            {
                throw new ArgumentException($"link {i} does not follow link {i - 1} of {subject}", nameof(links));
            }
        }

        // One statement for the rows and one for the head: a sitting's hand-ins cost one commit, not one each.
        var values = new StringBuilder();
        var parameters = new DynamicParameters();
        for (var i = 0; i < links.Count; i++)
        {
            var (link, previous, hash) = (links[i].Link, links[i].PreviousHash, links[i].Hash);
            values.Append(i == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"(@s{i}, @q{i}, @f{i}, @t{i}, @a{i}, @c{i}, @r{i}, @d{i}, @p{i}, @h{i})");
            parameters.Add($"s{i}", link.Subject);
            parameters.Add($"q{i}", link.Sequence);
            parameters.Add($"f{i}", link.FactId);
            parameters.Add($"t{i}", link.AtMicroseconds);
            parameters.Add($"a{i}", link.Actor);
            parameters.Add($"c{i}", link.Action);
            parameters.Add($"r{i}", link.Reason);
            parameters.Add($"d{i}", link.Details);
            parameters.Add($"p{i}", previous);
            parameters.Add($"h{i}", hash);
        }

        var last = links[^1];
        parameters.Add("headSubject", subject);
        parameters.Add("headSeq", last.Link.Sequence);
        parameters.Add("headHash", last.Hash);
        // Called from the subject's grain: each round trip goes on where the database answered, not back through the
        // grain's scheduler, so under load the transaction (and its head row's lock) is not left waiting for a turn.
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO certengineaudit ({Columns}) VALUES {values}; " +
                    "INSERT INTO certengineauditheads (subject, seq, hash) VALUES (@headSubject, @headSeq, @headHash) " +
                    "ON CONFLICT (subject) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;",
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<AuditRow?> FindFirstAsync(string subject, string action, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RecordRow>(new CommandDefinition(
            $"SELECT {Columns} FROM certengineaudit WHERE subject = @subject AND action = @action ORDER BY seq LIMIT 1;",
            new { subject, action }, cancellationToken: cancellationToken));
        return row?.ToRow();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRow>> ReadSubjectAsync(string subject, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecordRow>(new CommandDefinition(
            $"SELECT {Columns} FROM certengineaudit WHERE subject = @subject ORDER BY seq LIMIT @limit;",
            new { subject, limit = (long)Math.Max(0, limit) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<AuditRow> Rows, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        void Filter(string? value, string column)
        {
            if (!string.IsNullOrEmpty(value))
            {
                where.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND {column} = @{column}");
                parameters.Add(column, value);
            }
        }

        Filter(query.Subject, "subject");
        Filter(query.Actor, "actor");
        Filter(query.Action, "action");
        if (query.From is { } from)
        {
            where.Append(" AND atus >= @fromus");
            parameters.Add("fromus", AuditChain.MicrosecondsOf(from));
        }

        if (query.To is { } to)
        {
            where.Append(" AND atus < @tous");
            parameters.Add("tous", AuditChain.MicrosecondsOf(to));
        }

        parameters.Add("skip", (long)Math.Max(0, query.Skip));
        parameters.Add("take", (long)Math.Clamp(query.Take, 1, AuditQuery.MaxTake));
        await using var connection = await OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM certengineaudit {where};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<RecordRow>(new CommandDefinition(
            $"SELECT {Columns} FROM certengineaudit {where} ORDER BY atus DESC, subject, seq DESC LIMIT @take OFFSET @skip;",
            parameters, cancellationToken: cancellationToken));
        return (rows.Select(r => r.ToRow()).ToList(), total);
    }

    /// <inheritdoc />
    public async Task<string?> AnchorAsync(DateTimeOffset at, int maxHeads, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeads, 1);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (settings.Dialect == StorageDialect.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_xact_lock({PostgresAnchorLock});", transaction: transaction, cancellationToken: cancellationToken));
        }

        var heads = (await connection.QueryAsync<HeadRow>(new CommandDefinition(
            "SELECT subject, seq, hash FROM certengineauditheads WHERE seq > anchoredseq ORDER BY subject LIMIT @maxHeads;",
            new { maxHeads = (long)maxHeads }, transaction, cancellationToken: cancellationToken))).ToList();
        if (heads.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var last = await connection.QuerySingleOrDefaultAsync<AnchorRow>(new CommandDefinition(
            "SELECT seq, atus, heads, prevhash, hash FROM certengineauditanchors ORDER BY seq DESC LIMIT 1;",
            transaction: transaction, cancellationToken: cancellationToken));
        var sequence = (last?.Seq ?? 0) + 1;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var atus = AuditChain.MicrosecondsOf(at);
        var hash = AuditChain.AnchorHashOf(previous, sequence, atus, heads.Select(h => new AuditHead(h.Subject, h.Seq, h.Hash)));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineauditanchors (seq, atus, heads, prevhash, hash) VALUES (@sequence, @atus, @count, @previous, @hash);",
            new { sequence, atus, count = (long)heads.Count, previous, hash }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineauditanchorheads (anchorseq, subject, seq, hash) VALUES (@anchor, @Subject, @Seq, @Hash);",
            heads.Select(h => new { anchor = sequence, h.Subject, h.Seq, h.Hash }), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE certengineauditheads SET anchoredseq = @Seq WHERE subject = @Subject;",
            heads, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return hash;
    }

    /// <inheritdoc />
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long records = 0, subjects = 0, anchors = 0;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            string? subject = null;
            long expected = 0;
            var previous = AuditChain.Genesis;
            // Streamed in chain order: memory stays flat however long the log is.
            await foreach (var row in connection.QueryUnbufferedAsync<RecordRow>(
                $"SELECT {Columns} FROM certengineaudit ORDER BY subject, seq;").WithCancellation(cancellationToken))
            {
                if (row.Subject != subject)
                {
                    subject = row.Subject;
                    subjects++;
                    expected = 1;
                    previous = AuditChain.Genesis;
                }

                records++;
                if (ChainProblem(row, expected, previous) is { } problem)
                {
                    return new AuditVerification(records, subjects, anchors, problem);
                }

                expected = row.Seq + 1;
                previous = row.Hash;
            }
        }

        await using (var connection = await OpenAsync(cancellationToken))
        {
            var previous = AuditChain.Genesis;
            long expected = 1;
            var anchorRows = (await connection.QueryAsync<AnchorRow>(new CommandDefinition(
                "SELECT seq, atus, heads, prevhash, hash FROM certengineauditanchors ORDER BY seq;", cancellationToken: cancellationToken))).ToList();
            foreach (var anchor in anchorRows)
            {
                anchors++;
                var heads = (await connection.QueryAsync<HeadRow>(new CommandDefinition(
                    "SELECT subject, seq, hash FROM certengineauditanchorheads WHERE anchorseq = @Seq;", new { anchor.Seq }, cancellationToken: cancellationToken))).ToList();
                if (anchor.Seq != expected)
                {
                    return new AuditVerification(records, subjects, anchors, $"anchor #{expected}: removed (the next anchor is #{anchor.Seq})");
                }

                if (anchor.PrevHash != previous || heads.Count != anchor.Heads
                    || AuditChain.AnchorHashOf(previous, anchor.Seq, anchor.AtUs, heads.Select(h => new AuditHead(h.Subject, h.Seq, h.Hash))) != anchor.Hash)
                {
                    return new AuditVerification(records, subjects, anchors, $"anchor #{anchor.Seq}: changed (its hash does not match its heads or the anchor before it)");
                }

                expected = anchor.Seq + 1;
                previous = anchor.Hash;
            }

            // Every head an anchor covered must still be in its chain with the same hash: a subject deleted whole, or a
            // chain rewritten from some record on, shows here.
            var missing = await connection.QueryFirstOrDefaultAsync<MissingHeadRow>(new CommandDefinition(
                "SELECT h.anchorseq, h.subject, h.seq, a.hash AS foundhash FROM certengineauditanchorheads h " +
                "LEFT JOIN certengineaudit a ON a.subject = h.subject AND a.seq = h.seq " +
                "WHERE a.hash IS NULL OR a.hash <> h.hash ORDER BY h.anchorseq, h.subject LIMIT 1;", cancellationToken: cancellationToken));
            if (missing is not null)
            {
                var what = missing.FoundHash is null ? "removed" : "changed";
                return new AuditVerification(records, subjects, anchors,
                    $"{missing.Subject} #{missing.Seq}: {what} (anchor #{missing.AnchorSeq} recorded it as the chain's head)");
            }
        }

        return new AuditVerification(records, subjects, anchors, null);
    }

    private static string? ChainProblem(RecordRow row, long expected, string previous)
    {
        if (row.Seq != expected)
        {
            return $"{row.Subject} #{expected}: removed (the chain goes on at #{row.Seq})";
        }

        if (row.PrevHash != previous)
        {
            return $"{row.Subject} #{row.Seq}: does not follow #{row.Seq - 1} (a record before it was changed, removed or reordered)";
        }

        var link = new AuditLink(row.Subject, row.Seq, row.FactId, row.AtUs, row.Actor, row.Action, row.Reason, row.Details);
        return AuditChain.HashOf(previous, link) == row.Hash ? null : $"{row.Subject} #{row.Seq}: changed (its hash does not match its content)";
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => StorageConnections.OpenAsync(settings, cancellationToken);

    private sealed record HeadRow(string Subject, long Seq, string Hash);

    private sealed record AnchorRow(long Seq, long AtUs, long Heads, string PrevHash, string Hash);

    private sealed record MissingHeadRow(long AnchorSeq, string Subject, long Seq, string? FoundHash);

    private sealed record RecordRow(
        string Subject, long Seq, string FactId, long AtUs, string Actor, string Action, string Reason, string Details, string PrevHash, string Hash)
    {
        public AuditRow ToRow() => new(Subject, Seq, FactId, AuditChain.At(AtUs), Actor, Action, Reason, Details, PrevHash, Hash);
    }
}
