using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// <see cref="IProgrammeRecords"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>: one SQL text
/// for both, every measure grouped in the database (GROUP BY track, county, centre, month), never a row per candidate.
/// </summary>
public sealed class SqlProgrammeRecords(StorageSettings settings) : IProgrammeRecords
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Results: the latest fact per candidate, component and sitting (a regrade supersedes the first), with the centre of its
    // sitting and the candidate's first exam date on the track. Per component (pc): the first date sat in the year, the
    // first pass in the year, the first pass ever (a component passed last year and the other this year make a pass this
    // year) and the centre at the first exam date. Per candidate and track (people): the first date assessed in the year,
    // the components passed, the date of the last of those passes, and the home centre: the least centre of the sittings
    // of their first exam date (one centre per person and track, so the columns of one row add up). Every measure is then
    // one row per person (and component), put together in one stream and grouped once, joined once to the directory and
    // the home centres: no measure joins a derived table of its own (PostgreSQL misjudges their sizes and nested-loops
    // them; SQLite builds an automatic index for each), and no derived table is joined back to the results.
    private const string Cells =
        "WITH res AS MATERIALIZED (SELECT r.trackkey, r.idnumber, r.component, r.examdate, r.score, r.passmark, r.voided, COALESCE(s.centre, '') AS centre, " +
        "MIN(r.examdate) OVER (PARTITION BY r.trackkey, r.idnumber) AS firstd FROM certenginecomponentresults r " +
        "LEFT JOIN certenginesittingindex s ON s.indexkey = '*' AND s.sessionid = r.sessionid " +
        "WHERE NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = r.trackkey " +
        "AND later.idnumber = r.idnumber AND later.component = r.component AND later.sessionid = r.sessionid " +
        "AND (later.atus > r.atus OR (later.atus = r.atus AND later.factid > r.factid)))), " +
        "pc AS MATERIALIZED (SELECT g.trackkey, g.idnumber, g.component, g.sat, g.passedin, g.passed, COALESCE(d.county, '') AS county, " +
        "MIN(g.centre) OVER (PARTITION BY g.trackkey, g.idnumber) AS centre FROM (SELECT trackkey, idnumber, component, " +
        "MIN(CASE WHEN examdate >= @from AND examdate <= @to THEN examdate END) AS sat, " +
        "MIN(CASE WHEN examdate >= @from AND examdate <= @to AND voided = 0 AND score >= passmark THEN examdate END) AS passedin, " +
        "MIN(CASE WHEN voided = 0 AND score >= passmark THEN examdate END) AS passed, " +
        "MIN(CASE WHEN examdate = firstd THEN centre END) AS centre FROM res GROUP BY trackkey, idnumber, component) g " +
        "LEFT JOIN certenginecandidatedirectory d ON d.idnumber = g.idnumber), " +
        "people AS MATERIALIZED (SELECT trackkey, idnumber, MIN(sat) AS assessed, COUNT(passed) AS passes, MAX(passed) AS lastpass, " +
        "MIN(county) AS county, MIN(centre) AS centre FROM pc GROUP BY trackkey, idnumber), " +
        "components AS MATERIALIZED (SELECT trackkey, COUNT(DISTINCT component) AS n FROM pc GROUP BY trackkey), " +
        "facts AS (" +
        // registered: enrolments in the year, by the month they were made (China time)
        "SELECT 'registered' AS measure, e.trackkey AS trackkey, COALESCE(h.county, d.county, '') AS county, COALESCE(h.centre, '') AS centre, " +
        "CASE WHEN e.atus < @m2 THEN 1 WHEN e.atus < @m3 THEN 2 WHEN e.atus < @m4 THEN 3 WHEN e.atus < @m5 THEN 4 WHEN e.atus < @m6 THEN 5 " +
        "WHEN e.atus < @m7 THEN 6 WHEN e.atus < @m8 THEN 7 WHEN e.atus < @m9 THEN 8 WHEN e.atus < @m10 THEN 9 WHEN e.atus < @m11 THEN 10 " +
        "WHEN e.atus < @m12 THEN 11 ELSE 12 END AS month, '' AS component, 0.0 AS amount " +
        "FROM certengineenrolments e LEFT JOIN people h ON h.trackkey = e.trackkey AND h.idnumber = e.idnumber " +
        "LEFT JOIN certenginecandidatedirectory d ON h.idnumber IS NULL AND d.idnumber = e.idnumber WHERE e.atus >= @fromUs AND e.atus < @toUs " +
        "UNION ALL " +
        "SELECT 'assessed', p.trackkey, p.county, p.centre, CAST(SUBSTR(p.assessed, 6, 2) AS INTEGER), '', 0.0 FROM people p WHERE p.assessed IS NOT NULL " +
        "UNION ALL " +
        "SELECT 'sat', c.trackkey, c.county, c.centre, CAST(SUBSTR(c.sat, 6, 2) AS INTEGER), c.component, 0.0 FROM pc c WHERE c.sat IS NOT NULL " +
        "UNION ALL " +
        "SELECT 'passed-component', c.trackkey, c.county, c.centre, CAST(SUBSTR(c.passedin, 6, 2) AS INTEGER), c.component, 0.0 FROM pc c " +
        "WHERE c.passedin IS NOT NULL " +
        "UNION ALL " +
        "SELECT 'passed', p.trackkey, p.county, p.centre, CAST(SUBSTR(p.lastpass, 6, 2) AS INTEGER), '', 0.0 FROM people p " +
        "JOIN components k ON k.trackkey = p.trackkey AND k.n = p.passes WHERE p.lastpass >= @from AND p.lastpass <= @to " +
        "UNION ALL " +
        "SELECT 'certified', c.trackkey, COALESCE(h.county, d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(c.issuedon, 6, 2) AS INTEGER), '', 0.0 " +
        "FROM certenginecertificates c LEFT JOIN people h ON h.trackkey = c.trackkey AND h.idnumber = c.idnumber " +
        "LEFT JOIN certenginecandidatedirectory d ON h.idnumber IS NULL AND d.idnumber = c.idnumber " +
        "WHERE c.issuedon >= @from AND c.issuedon <= @to AND " + InForce + " " +
        "UNION ALL " +
        "SELECT 'claims', cl.trackkey, COALESCE(h.county, d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(cl.issuedon, 6, 2) AS INTEGER), cl.state, cl.amount " +
        "FROM certenginesubsidyclaims cl LEFT JOIN people h ON h.trackkey = cl.trackkey AND h.idnumber = cl.idnumber " +
        "LEFT JOIN certenginecandidatedirectory d ON h.idnumber IS NULL AND d.idnumber = cl.idnumber " +
        "WHERE cl.issuedon >= @from AND cl.issuedon <= @to AND cl.state IN ('submitted', 'paid')) " +
        "SELECT measure, trackkey, county, centre, month, component, COUNT(*) AS n, SUM(amount) AS amount FROM facts GROUP BY 1, 2, 3, 4, 5, 6;";

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
