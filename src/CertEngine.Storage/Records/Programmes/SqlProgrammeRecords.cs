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

    // Results: the latest fact per candidate, component and sitting (a regrade supersedes the first). Homes: each
    // candidate's exam centre on a track, the centre of the sitting of their first result there (one centre per person and
    // track, so the columns of one row add up). Passes: the first date each component was passed, over all years, so a
    // component passed last year and the other this year make a pass this year.
    private const string Cells =
        "WITH res AS MATERIALIZED (SELECT r.trackkey, r.idnumber, r.component, r.sessionid, r.examdate, r.score, r.passmark, r.voided " +
        "FROM certenginecomponentresults r WHERE NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = r.trackkey " +
        "AND later.idnumber = r.idnumber AND later.component = r.component AND later.sessionid = r.sessionid " +
        "AND (later.atus > r.atus OR (later.atus = r.atus AND later.factid > r.factid)))), " +
        "firsts AS MATERIALIZED (SELECT trackkey, idnumber, MIN(examdate) AS d FROM res GROUP BY trackkey, idnumber), " +
        "homes AS MATERIALIZED (SELECT f.trackkey, f.idnumber, MIN(COALESCE(s.centre, '')) AS centre FROM firsts f " +
        "JOIN res r ON r.trackkey = f.trackkey AND r.idnumber = f.idnumber AND r.examdate = f.d " +
        "LEFT JOIN certenginesittingindex s ON s.indexkey = '*' AND s.sessionid = r.sessionid GROUP BY f.trackkey, f.idnumber), " +
        "passes AS MATERIALIZED (SELECT trackkey, idnumber, component, MIN(examdate) AS d FROM res WHERE voided = 0 AND score >= passmark " +
        "GROUP BY trackkey, idnumber, component), " +
        "components AS MATERIALIZED (SELECT trackkey, COUNT(DISTINCT component) AS n FROM res GROUP BY trackkey), " +
        "levels AS MATERIALIZED (SELECT p.trackkey, p.idnumber, MAX(p.d) AS d, COUNT(*) AS n FROM passes p GROUP BY p.trackkey, p.idnumber) " +
        // registered: enrolments in the year, by the month they were made (China time)
        "SELECT 'registered' AS measure, e.trackkey AS trackkey, COALESCE(d.county, '') AS county, COALESCE(h.centre, '') AS centre, " +
        "CASE WHEN e.atus < @m2 THEN 1 WHEN e.atus < @m3 THEN 2 WHEN e.atus < @m4 THEN 3 WHEN e.atus < @m5 THEN 4 WHEN e.atus < @m6 THEN 5 " +
        "WHEN e.atus < @m7 THEN 6 WHEN e.atus < @m8 THEN 7 WHEN e.atus < @m9 THEN 8 WHEN e.atus < @m10 THEN 9 WHEN e.atus < @m11 THEN 10 " +
        "WHEN e.atus < @m12 THEN 11 ELSE 12 END AS month, '' AS component, COUNT(*) AS n, 0.0 AS amount " +
        "FROM certengineenrolments e LEFT JOIN certenginecandidatedirectory d ON d.idnumber = e.idnumber " +
        "LEFT JOIN homes h ON h.trackkey = e.trackkey AND h.idnumber = e.idnumber WHERE e.atus >= @fromUs AND e.atus < @toUs GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'assessed', a.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(a.d, 6, 2) AS INTEGER), '', COUNT(*), 0.0 " +
        "FROM (SELECT trackkey, idnumber, MIN(examdate) AS d FROM res WHERE examdate >= @from AND examdate <= @to GROUP BY trackkey, idnumber) a " +
        "LEFT JOIN certenginecandidatedirectory d ON d.idnumber = a.idnumber LEFT JOIN homes h ON h.trackkey = a.trackkey AND h.idnumber = a.idnumber " +
        "GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'sat', a.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(a.d, 6, 2) AS INTEGER), a.component, COUNT(*), 0.0 " +
        "FROM (SELECT trackkey, idnumber, component, MIN(examdate) AS d FROM res WHERE examdate >= @from AND examdate <= @to " +
        "GROUP BY trackkey, idnumber, component) a " +
        "LEFT JOIN certenginecandidatedirectory d ON d.idnumber = a.idnumber LEFT JOIN homes h ON h.trackkey = a.trackkey AND h.idnumber = a.idnumber " +
        "GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'passed-component', a.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(a.d, 6, 2) AS INTEGER), a.component, COUNT(*), 0.0 " +
        "FROM (SELECT trackkey, idnumber, component, MIN(examdate) AS d FROM res WHERE examdate >= @from AND examdate <= @to " +
        "AND voided = 0 AND score >= passmark GROUP BY trackkey, idnumber, component) a " +
        "LEFT JOIN certenginecandidatedirectory d ON d.idnumber = a.idnumber LEFT JOIN homes h ON h.trackkey = a.trackkey AND h.idnumber = a.idnumber " +
        "GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'passed', l.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(l.d, 6, 2) AS INTEGER), '', COUNT(*), 0.0 " +
        "FROM levels l JOIN components k ON k.trackkey = l.trackkey AND k.n = l.n LEFT JOIN certenginecandidatedirectory d ON d.idnumber = l.idnumber " +
        "LEFT JOIN homes h ON h.trackkey = l.trackkey AND h.idnumber = l.idnumber WHERE l.d >= @from AND l.d <= @to GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'certified', c.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(c.issuedon, 6, 2) AS INTEGER), '', COUNT(*), 0.0 " +
        "FROM certenginecertificates c LEFT JOIN certenginecandidatedirectory d ON d.idnumber = c.idnumber " +
        "LEFT JOIN homes h ON h.trackkey = c.trackkey AND h.idnumber = c.idnumber WHERE c.issuedon >= @from AND c.issuedon <= @to AND " +
        InForce + " GROUP BY 1, 2, 3, 4, 5, 6 " +
        "UNION ALL " +
        "SELECT 'claims', cl.trackkey, COALESCE(d.county, ''), COALESCE(h.centre, ''), CAST(SUBSTR(cl.issuedon, 6, 2) AS INTEGER), cl.state, COUNT(*), SUM(cl.amount) " +
        "FROM certenginesubsidyclaims cl LEFT JOIN certenginecandidatedirectory d ON d.idnumber = cl.idnumber " +
        "LEFT JOIN homes h ON h.trackkey = cl.trackkey AND h.idnumber = cl.idnumber WHERE cl.issuedon >= @from AND cl.issuedon <= @to " +
        "AND cl.state IN ('submitted', 'paid') GROUP BY 1, 2, 3, 4, 5, 6;";

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
        var rows = await connection.QueryAsync<CellRecord>(new CommandDefinition(Cells, parameters, cancellationToken: cancellationToken, commandTimeout: 120));
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
