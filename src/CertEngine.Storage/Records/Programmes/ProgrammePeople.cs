using System.Data.Common;
using Dapper;

namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// Keeps the programme report's per-person summary of migration 0018 (<c>certengineprogrammepeople</c>): a person's rows on
/// a track are recomputed from their results (the latest fact per component and sitting) whenever a new result of theirs is
/// stored, in the fact store's transaction, and whenever the centre of a sitting they sat is written or removed, in the
/// sitting index's transaction; a newer profile sets the county of the person's rows. A person has a handful of results,
/// so a recomputation reads a handful of rows.
/// </summary>
internal static class ProgrammePeople
{
    // The statement of migration 0018, for the people the filter names (r: a result row of certenginecomponentresults).
    private static string FillSql(string filter) =>
        "WITH res AS MATERIALIZED (SELECT r.trackkey, r.idnumber, r.component, r.examdate, " +
        "CASE WHEN r.voided = 0 AND r.score >= r.passmark THEN r.examdate END AS passd, COALESCE(s.centre, '') AS centre, " +
        "COALESCE(d.county, '') AS county, MIN(r.examdate) OVER (PARTITION BY r.trackkey, r.idnumber) AS firstd " +
        "FROM certenginecomponentresults r LEFT JOIN certenginesittingindex s ON s.indexkey = '*' AND s.sessionid = r.sessionid " +
        "LEFT JOIN certenginecandidatedirectory d ON d.idnumber = r.idnumber " +
        "WHERE " + filter + " AND NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = r.trackkey " +
        "AND later.idnumber = r.idnumber AND later.component = r.component AND later.sessionid = r.sessionid " +
        "AND (later.atus > r.atus OR (later.atus = r.atus AND later.factid > r.factid)))), " +
        "h AS MATERIALIZED (SELECT trackkey, idnumber, component, CAST(SUBSTR(examdate, 1, 4) AS INTEGER) AS year, examdate, passd, firstd, county, " +
        "MIN(CASE WHEN examdate = firstd THEN centre END) OVER (PARTITION BY trackkey, idnumber) AS home FROM res), " +
        "c AS MATERIALIZED (SELECT trackkey, idnumber, component, MIN(firstd) AS firstd, MIN(home) AS home, MIN(county) AS county, MIN(examdate) AS sat, " +
        "MIN(passd) AS passd FROM h GROUP BY trackkey, idnumber, component), " +
        "summary AS (SELECT trackkey, idnumber, component, year, MIN(examdate) AS sat, MIN(passd) AS passed, MIN(home) AS centre, MIN(county) AS county, " +
        "0 AS passes, NULL AS lastpass FROM h GROUP BY trackkey, idnumber, component, year " +
        "UNION ALL SELECT trackkey, idnumber, '', year, MIN(examdate), MIN(passd), MIN(home), MIN(county), 0, NULL FROM h GROUP BY trackkey, idnumber, year " +
        "UNION ALL SELECT trackkey, idnumber, component, 0, sat, passd, home, county, 0, NULL FROM c " +
        "UNION ALL SELECT trackkey, idnumber, '', 0, MIN(firstd), MIN(passd), MIN(home), MIN(county), COUNT(passd), MAX(passd) FROM c GROUP BY trackkey, idnumber) " +
        "INSERT INTO certengineprogrammepeople (trackkey, idnumber, component, year, sat, passed, centre, county, satmonth, passmonth, passes, lastpass) " +
        "SELECT trackkey, idnumber, component, year, sat, passed, centre, county, CAST(SUBSTR(sat, 6, 2) AS INTEGER), " +
        "CAST(SUBSTR(COALESCE(lastpass, passed), 6, 2) AS INTEGER), passes, lastpass FROM summary;";

    // A newer profile's county on every row of the person (the directory already holds the latest profile).
    private const string CountySql =
        "UPDATE certengineprogrammepeople SET county = COALESCE((SELECT d.county FROM certenginecandidatedirectory d WHERE d.idnumber = @idNumber), '') " +
        "WHERE idnumber = @idNumber;";

    private const string PersonFilter = "r.trackkey = @trackKey AND r.idnumber = @idNumber";

    private const string SessionPeople = "SELECT x.trackkey, x.idnumber FROM certenginecomponentresults x WHERE x.sessionid = @sessionId";

    private static readonly string PersonSql =
        "DELETE FROM certengineprogrammepeople WHERE trackkey = @trackKey AND idnumber = @idNumber; " + FillSql(PersonFilter);

    private static readonly string SessionSql =
        "DELETE FROM certengineprogrammepeople WHERE (trackkey, idnumber) IN (" + SessionPeople + "); " +
        FillSql("(r.trackkey, r.idnumber) IN (" + SessionPeople + ")");

    /// <summary>The whole table recomputed from every stored result (what migration 0018 does): to repair a store or check it.</summary>
    internal static readonly string RebuildSql = "DELETE FROM certengineprogrammepeople; " + FillSql("1 = 1");

    /// <summary>Recomputes the rows of each person and track named (their results already written in <paramref name="transaction"/>).</summary>
    internal static async Task RefreshAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string TrackKey, string IdNumber)> people,
        CancellationToken cancellationToken)
    {
        foreach (var (trackKey, idNumber) in people.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(PersonSql, new { trackKey, idNumber }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Sets the county of the person's rows from the directory (a profile stored in <paramref name="transaction"/>).</summary>
    internal static Task CountyAsync(DbConnection connection, DbTransaction transaction, string idNumber, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(CountySql, new { idNumber }, transaction, cancellationToken: cancellationToken));

    /// <summary>Recomputes the rows of everyone with a result in the sitting (its centre written or removed in <paramref name="transaction"/>).</summary>
    internal static Task RefreshSittingAsync(DbConnection connection, DbTransaction transaction, string sessionId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(SessionSql, new { sessionId }, transaction, cancellationToken: cancellationToken));
}
