namespace CertEngine.Benchmarks.Programme;

/// <summary>
/// The programme report's statement as it was before issue 19's per-person summary (migration 0018): it reads the results
/// themselves. Kept to time it beside the current one on the same store and load and to check both give the same cells.
/// </summary>
internal static class LegacyProgrammeStatement
{
    internal const string Cells =
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

    private const string InForce =
        "NOT EXISTS (SELECT 1 FROM certenginecertificateevents x WHERE x.replacedby = c.number) " +
        "AND COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = c.number ORDER BY e.sequence DESC LIMIT 1), 'valid') <> 'revoked'";
}
