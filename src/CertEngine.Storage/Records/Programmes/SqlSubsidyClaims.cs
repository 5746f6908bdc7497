using System.Data.Common;
using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Programmes;

/// <summary><see cref="ISubsidyClaims"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text for both.</summary>
public sealed class SqlSubsidyClaims(StorageSettings settings) : ISubsidyClaims
{
    private static string Key(string c) =>
        $"{c}.idnumber || '/' || {c}.occupationcode || '/' || COALESCE(CAST({c}.level AS TEXT), '{SubsidyKeys.Specialty}')";

    private static string InForce(string c) =>
        $"NOT EXISTS (SELECT 1 FROM certenginecertificateevents x WHERE x.replacedby = {c}.number) " +
        $"AND COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = {c}.number ORDER BY e.sequence DESC LIMIT 1), 'valid') <> 'revoked'";

    // The certificate that holds a person's claim for an occupation and level: the one a stored claim names, else the
    // earliest in force (by issue date, then number), whatever year it was issued in.
    private static readonly string Holds =
        "(cl.number IS NOT NULL OR (NOT EXISTS (SELECT 1 FROM certenginesubsidyclaims other WHERE other.claimkey = " + Key("c") + ") " +
        "AND NOT EXISTS (SELECT 1 FROM certenginecertificates o WHERE o.idnumber = c.idnumber AND o.occupationcode = c.occupationcode " +
        "AND COALESCE(o.level, -1) = COALESCE(c.level, -1) AND (o.issuedon < c.issuedon OR (o.issuedon = c.issuedon AND o.number < c.number)) AND " +
        InForce("o") + ")))";

    private static readonly string Columns =
        "c.number AS Number, c.idnumber AS IdNumber, c.holdername AS HolderName, COALESCE(d.county, '') AS County, c.trackkey AS TrackKey, " +
        "c.occupationcode AS OccupationCode, c.worktype AS WorkType, c.level AS Level, c.issuedon AS IssuedOn, COALESCE(cl.state, 'draft') AS State, " +
        "COALESCE(cl.version, 0) AS Version, COALESCE(cl.reason, '') AS Reason, cl.amount AS Amount, COALESCE(cl.actor, '') AS Actor, cl.atus AS AtUs ";

    private const string From =
        "FROM certenginecertificates c LEFT JOIN certenginecandidatedirectory d ON d.idnumber = c.idnumber " +
        "LEFT JOIN certenginesubsidyclaims cl ON cl.number = c.number ";

    // The pairs are parameters @pair0, @pair1 … written into the text (Dapper's list expansion differs between the drivers).
    private static string Where(int pairs) =>
        "WHERE c.issuedon >= @from AND c.issuedon <= @to AND (c.occupationcode || '|' || COALESCE(CAST(c.level AS TEXT), '')) IN (" +
        string.Join(", ", Enumerable.Range(0, Math.Max(1, pairs)).Select(i => "@pair" + i.ToString(CultureInfo.InvariantCulture))) + ") " +
        "AND (@county = '' OR COALESCE(d.county, '') = @county) AND (@month = 0 OR CAST(SUBSTR(c.issuedon, 6, 2) AS INTEGER) = @month) " +
        "AND (@state = '' OR COALESCE(cl.state, 'draft') = @state) AND " + InForce("c") + " AND " + Holds + " ";

    /// <inheritdoc />
    public async Task<(IReadOnlyList<SubsidyLine> Lines, long Total)> ListAsync(SubsidyQuery query, long skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var lines = await PageAsync(connection, transaction, query, skip, take, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) " + From + Where(query.Qualifying.Count) + ";", Parameters(query),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (lines, total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubsidyLine>> PageAsync(SubsidyQuery query, long skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var lines = await PageAsync(connection, transaction, query, skip, take, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return lines;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubsidyGroup>> SummaryAsync(SubsidyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var rows = await connection.QueryAsync<GroupRecord>(new CommandDefinition(
            "SELECT COALESCE(d.county, '') AS County, CAST(SUBSTR(c.issuedon, 6, 2) AS INTEGER) AS Month, c.occupationcode AS OccupationCode, " +
            "c.level AS Level, COALESCE(cl.state, 'draft') AS State, COUNT(*) AS N " + From + Where(query.Qualifying.Count) + "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;",
            Parameters(query), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return rows.Select(r => new SubsidyGroup(r.County, (int)r.Month, r.OccupationCode, r.Level is { } l ? (int)l : null, r.State, r.N)).ToList();
    }

    private static async Task<List<SubsidyLine>> PageAsync(DbConnection connection, DbTransaction transaction, SubsidyQuery query, long skip, int take,
        CancellationToken cancellationToken)
    {
        var parameters = Parameters(query);
        parameters.Add("skip", Math.Max(0, skip));
        parameters.Add("take", (long)Math.Clamp(take, 0, ISubsidyClaims.MaxTake));
        var rows = await connection.QueryAsync<LineRecord>(new CommandDefinition(
            "SELECT " + Columns + From + Where(query.Qualifying.Count) + "ORDER BY County, c.issuedon, c.number LIMIT @take OFFSET @skip;", parameters, transaction,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToLine()).ToList();
    }

    // A read transaction (one snapshot for the statements of a list). On PostgreSQL the list's statements are short for a
    // planner that would otherwise compile them (JIT, ≈ 0.1 s each at 50,000 certificates) and sort a year's lines in memory.
    private async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (settings.Dialect == StorageDialect.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL jit = off; SET LOCAL work_mem = '64MB';", transaction: transaction,
                cancellationToken: cancellationToken));
        }

        return transaction;
    }

    /// <inheritdoc />
    public async Task<(SubsidyLine? Line, string? HeldBy, bool InForce)> FindAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LineRecord>(new CommandDefinition(
            "SELECT " + Columns + ", CASE WHEN " + InForce("c") + " THEN 1 ELSE 0 END AS InForce, " +
            "COALESCE((SELECT other.number FROM certenginesubsidyclaims other WHERE other.claimkey = " + Key("c") + " AND other.number <> c.number), " +
            "(SELECT o.number FROM certenginecertificates o WHERE cl.number IS NULL AND o.idnumber = c.idnumber AND o.occupationcode = c.occupationcode " +
            "AND COALESCE(o.level, -1) = COALESCE(c.level, -1) AND (o.issuedon < c.issuedon OR (o.issuedon = c.issuedon AND o.number < c.number)) AND " +
            InForce("o") + " ORDER BY o.issuedon, o.number LIMIT 1)) AS HeldBy " + From + "WHERE c.number = @number;",
            new { number }, cancellationToken: cancellationToken));
        return row is null ? (null, null, false) : (row.ToLine(), row.HeldBy, row.InForce != 0);
    }

    /// <inheritdoc />
    public async Task<int?> ChangeAsync(SubsidyClaimChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var line = change.Line;
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = AuditChain.MicrosecondsOf(change.At);
        var next = change.ExpectedVersion + 1;
        // Version 0 has no row: the insert is the compare-and-set (the key or the certificate already claimed fails it).
        var stored = change.ExpectedVersion == 0
            ? await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO certenginesubsidyclaims (claimkey, number, idnumber, occupationcode, level, trackkey, issuedon, amount, state, reason, version, actor, atus) " +
                "VALUES (@ClaimKey, @Number, @IdNumber, @OccupationCode, @Level, @TrackKey, @IssuedOn, @Amount, @State, @Reason, 1, @Actor, @At) ON CONFLICT DO NOTHING;",
                new
                {
                    line.ClaimKey, line.Number, line.IdNumber, line.OccupationCode, line.Level, line.TrackKey,
                    IssuedOn = line.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), change.Amount, change.State, change.Reason, change.Actor, At = at,
                },
                transaction, cancellationToken: cancellationToken))
            : await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE certenginesubsidyclaims SET state = @State, reason = @Reason, amount = @Amount, version = @next, actor = @Actor, atus = @At " +
                "WHERE claimkey = @ClaimKey AND number = @Number AND version = @expected;",
                new { change.State, change.Reason, change.Amount, next, change.Actor, At = at, line.ClaimKey, line.Number, expected = change.ExpectedVersion },
                transaction, cancellationToken: cancellationToken));
        if (stored != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await CurrentVersionAsync(connection, line.ClaimKey, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginesubsidyclaimevents (claimkey, version, number, state, reason, actor, atus) VALUES (@ClaimKey, @next, @Number, @State, @Reason, @Actor, @At);",
            new { line.ClaimKey, next, line.Number, change.State, change.Reason, change.Actor, At = at }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubsidyClaimEvent>> HistoryAsync(string claimKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimKey);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<EventRecord>(new CommandDefinition(
            "SELECT version AS Version, number AS Number, state AS State, reason AS Reason, actor AS Actor, atus AS AtUs FROM certenginesubsidyclaimevents " +
            "WHERE claimkey = @claimKey ORDER BY version LIMIT 1000;", new { claimKey }, cancellationToken: cancellationToken));
        return rows.Select(r => new SubsidyClaimEvent((int)r.Version, r.Number, r.State, r.Reason, r.Actor, AuditChain.At(r.AtUs))).ToList();
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, string claimKey, CancellationToken cancellationToken) =>
        (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM certenginesubsidyclaims WHERE claimkey = @claimKey;", new { claimKey }, cancellationToken: cancellationToken));

    private static DynamicParameters Parameters(SubsidyQuery query)
    {
        var parameters = new DynamicParameters();
        parameters.Add("from", $"{query.Year:0000}-01-01");
        parameters.Add("to", $"{query.Year:0000}-12-31");
        var pairs = query.Qualifying.Count > 0 ? query.Qualifying : ["\u0000"];
        for (var i = 0; i < pairs.Count; i++)
        {
            parameters.Add("pair" + i.ToString(CultureInfo.InvariantCulture), pairs[i]);
        }

        parameters.Add("county", query.County ?? "");
        parameters.Add("month", query.Month);
        parameters.Add("state", query.State ?? "");
        return parameters;
    }

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class LineRecord
    {
        public string Number { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string HolderName { get; set; } = "";
        public string County { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string OccupationCode { get; set; } = "";
        public string WorkType { get; set; } = "";
        public long? Level { get; set; }
        public string IssuedOn { get; set; } = "";
        public string State { get; set; } = "";
        public long Version { get; set; }
        public string Reason { get; set; } = "";
        public decimal? Amount { get; set; }
        public string Actor { get; set; } = "";
        public long? AtUs { get; set; }
        public long InForce { get; set; }
        public string? HeldBy { get; set; }

        public SubsidyLine ToLine() => new(Number, IdNumber, HolderName, County, TrackKey, OccupationCode, WorkType, Level is { } l ? (int)l : null,
            DateOnly.ParseExact(IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture), State, (int)Version, Reason, Amount, Actor, AtUs is { } us ? AuditChain.At(us) : null);
    }

    private sealed class GroupRecord
    {
        public string County { get; set; } = "";
        public long Month { get; set; }
        public string OccupationCode { get; set; } = "";
        public long? Level { get; set; }
        public string State { get; set; } = "";
        public long N { get; set; }
    }

    private sealed class EventRecord
    {
        public long Version { get; set; }
        public string Number { get; set; } = "";
        public string State { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }
}
