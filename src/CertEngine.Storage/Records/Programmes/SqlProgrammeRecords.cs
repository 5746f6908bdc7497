using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// <see cref="IProgrammeRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text
/// for both, every measure grouped in the database (GROUP BY track, county, centre, month), never a row per candidate; the
/// results are read through the per-person summary the record store keeps (migration 0018).
/// </summary>
public sealed class SqlProgrammeRecords(StorageSettings settings) : IProgrammeRecords
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // The measures of people with results are counted on the per-person summary kept by the record store (migration 0018,
    // ProgrammePeople), grouped along its indexes: the year's rows give the first date assessed (component '') and, per
    // component, the first date sat and passed in the year; the person's row of year 0 gives the components passed ever
    // and the month of the last of those passes. Every row carries the home centre (the least centre of the sittings of
    // the first exam date, one per person and track so the columns of one row add up) and the county (latest profile).
    // Enrolments, certificates and claims are joined to the person's row of year 0 (or the directory, for the county of
    // someone without results) and grouped with the rest once. The results themselves are never read here.
    private static readonly string Cells =
        "WITH k AS MATERIALIZED (SELECT trackkey, COUNT(DISTINCT component) AS n FROM certengineprogrammepeople WHERE year = 0 AND component <> '' " +
        "GROUP BY trackkey), " +
        "facts AS (" +
        // registered: enrolments in the year, by the month they were made (China time)
        "SELECT 'registered' AS measure, e.trackkey AS trackkey, COALESCE(h.county, d.county, '') AS county, COALESCE(h.centre, '') AS centre, " +
        "CASE WHEN e.atus < @m2 THEN 1 WHEN e.atus < @m3 THEN 2 WHEN e.atus < @m4 THEN 3 WHEN e.atus < @m5 THEN 4 WHEN e.atus < @m6 THEN 5 " +
        "WHEN e.atus < @m7 THEN 6 WHEN e.atus < @m8 THEN 7 WHEN e.atus < @m9 THEN 8 WHEN e.atus < @m10 THEN 9 WHEN e.atus < @m11 THEN 10 " +
        "WHEN e.atus < @m12 THEN 11 ELSE 12 END AS month, '' AS component, 1 AS n, 0.0 AS amount " +
        "FROM certengineenrolments e " + Home("e") + " WHERE e.atus >= @fromUs AND e.atus < @toUs " +
        "UNION ALL " +
        // assessed (component '') and sat (per component): the first date in the year
        "SELECT CASE WHEN p.component = '' THEN 'assessed' ELSE 'sat' END, p.trackkey, p.county, p.centre, p.satmonth, p.component, COUNT(*), 0.0 " +
        "FROM certengineprogrammepeople p WHERE p.year = @year GROUP BY p.trackkey, p.county, p.centre, p.satmonth, p.component " +
        "UNION ALL " +
        "SELECT 'passed-component', p.trackkey, p.county, p.centre, p.passmonth, p.component, COUNT(*), 0.0 FROM certengineprogrammepeople p " +
        "WHERE p.year = @year AND p.component <> '' AND p.passmonth IS NOT NULL GROUP BY p.component, p.trackkey, p.county, p.centre, p.passmonth " +
        "UNION ALL " +
        "SELECT 'passed', p.trackkey, p.county, p.centre, p.passmonth, '', COUNT(*), 0.0 FROM certengineprogrammepeople p " +
        "WHERE p.year = 0 AND p.component = '' AND p.lastpass >= @from AND p.lastpass <= @to " +
        "AND p.passes = (SELECT k.n FROM k WHERE k.trackkey = p.trackkey) GROUP BY p.trackkey, p.county, p.centre, p.passmonth " +
        "UNION ALL " +
        "SELECT 'certified', c.trackkey, COALESCE(h.county, d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(c.issuedon, 6, 2) AS INTEGER), '', 1, 0.0 " +
        "FROM certenginecertificates c " + Home("c") + " WHERE c.issuedon >= @from AND c.issuedon <= @to AND " + InForce + " " +
        "UNION ALL " +
        "SELECT 'claims', cl.trackkey, COALESCE(h.county, d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(cl.issuedon, 6, 2) AS INTEGER), cl.state, 1, cl.amount " +
        "FROM certenginesubsidyclaims cl " + Home("cl") + " WHERE cl.issuedon >= @from AND cl.issuedon <= @to AND cl.state IN ('submitted', 'paid')) " +
        "SELECT measure, trackkey, county, centre, month, component, CAST(SUM(n) AS BIGINT) AS n, SUM(amount) AS amount FROM facts GROUP BY 1, 2, 3, 4, 5, 6;";

    // The person's summary row on the track (h: home centre and county) and, for someone without results, their directory
    // entry (d: county), for a row alias with trackkey and idnumber.
    private static string Home(string alias) =>
        $"LEFT JOIN certengineprogrammepeople h ON h.trackkey = {alias}.trackkey AND h.idnumber = {alias}.idnumber AND h.component = '' AND h.year = 0 " +
        $"LEFT JOIN certenginecandidatedirectory d ON h.idnumber IS NULL AND d.idnumber = {alias}.idnumber";

    /// <summary>
    /// A certificate <c>c</c> that counts: not the new number of a reissue (the first number already counted) and not
    /// revoked as its latest status.
    /// </summary>
    internal const string InForce =
        "NOT EXISTS (SELECT 1 FROM certenginecertificateevents x WHERE x.replacedby = c.number) " +
        "AND COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), 'valid') <> 'revoked'";

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProgrammeCell>> CellsAsync(int year, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        parameters.Add("from", $"{year:0000}-01-01");
        parameters.Add("to", $"{year:0000}-12-31");
        parameters.Add("fromUs", MonthStartUs(year, 1));
        parameters.Add("toUs", MonthStartUs(year + 1, 1));
        parameters.Add("year", year);
        for (var month = 2; month <= 12; month++)
        {
            parameters.Add("m" + month.ToString(CultureInfo.InvariantCulture), MonthStartUs(year, month));
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (settings.Dialect == StorageDialect.Postgres)
        {
            // The statement sorts and hashes a few hundred thousand rows; at the default 4 MB they spill to disk.
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL work_mem = '64MB';", transaction: transaction, cancellationToken: cancellationToken));
        }

        var rows = (await connection.QueryAsync<CellRecord>(new CommandDefinition(Cells, parameters, transaction, commandTimeout: 120, cancellationToken: cancellationToken))).ToList();
        await transaction.CommitAsync(cancellationToken);
        return rows.Select(r => new ProgrammeCell(r.Measure, r.TrackKey, r.County, r.Centre, (int)r.Month, r.Component, r.N, r.Amount)).ToList();
    }

    /// <summary>
    /// Recomputes the per-person summary (migration 0018) from every stored result, replacing what it held: for a store whose
    /// results were written around the fact store, to repair one, or to check the kept rows against the facts.
    /// </summary>
    public async Task RebuildPeopleAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ProgrammePeople.RebuildSql, transaction: transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> CertifiedAsync(int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<(string TrackKey, long N)>(new CommandDefinition(
            "SELECT c.trackkey, COUNT(*) FROM certenginecertificates c WHERE c.issuedon >= @from AND c.issuedon <= @to AND " + InForce + " GROUP BY c.trackkey;",
            new { from = $"{fromYear:0000}-01-01", to = $"{toYear:0000}-12-31" }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.TrackKey, r => r.N, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredTarget>> TargetsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<TargetRecord>(new CommandDefinition(
            "SELECT programme AS Programme, year AS Year, fromyear AS FromYear, target AS Target, actor AS Actor, atus AS AtUs " +
            "FROM certengineprogrammetargets ORDER BY year, programme LIMIT 10000;", cancellationToken: cancellationToken));
        return rows.Select(r => new StoredTarget(r.Programme, (int)r.Year, (int)r.FromYear, (int)r.Target, r.Actor, AuditChain.At(r.AtUs))).ToList();
    }

    /// <inheritdoc />
    public async Task SaveTargetAsync(StoredTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineprogrammetargets (programme, year, fromyear, target, actor, atus) VALUES (@Programme, @Year, @FromYear, @Target, @Actor, @AtUs) " +
            "ON CONFLICT (programme, year) DO UPDATE SET fromyear = excluded.fromyear, target = excluded.target, actor = excluded.actor, atus = excluded.atus;",
            new { target.Programme, target.Year, target.FromYear, target.Target, target.Actor, AtUs = AuditChain.MicrosecondsOf(target.At) },
            cancellationToken: cancellationToken));
    }

    private static long MonthStartUs(int year, int month) => AuditChain.MicrosecondsOf(new DateTimeOffset(year, month, 1, 0, 0, 0, China));

    // Dapper's targets, filled through setters: the two dialects return numbers in their own widths.
    private sealed class CellRecord
    {
        public string Measure { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string County { get; set; } = "";
        public string Centre { get; set; } = "";
        public long Month { get; set; }
        public string Component { get; set; } = "";
        public long N { get; set; }
        public decimal Amount { get; set; }
    }

    private sealed class TargetRecord
    {
        public string Programme { get; set; } = "";
        public long Year { get; set; }
        public long FromYear { get; set; }
        public long Target { get; set; }
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }
}
