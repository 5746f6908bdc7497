-- CertEngine storage schema, version 18 (PostgreSQL, cluster mode): the programme report's per-person summary, kept as
-- facts arrive (issue 19, bound 2 s over 100,000 results and 50,000 certificates). The report counts each candidate's
-- latest result per component and sitting (a regrade supersedes the first). certengineprogrammepeople holds, per person
-- and track, the figures the report groups, so it reads one row per person (and component) and never the results:
--   (Component, Year):  first exam date of the component in that year (Sat) and first pass in that year (Passed);
--   ('', Year):         first exam date on the track in that year (Sat: "assessed");
--   (Component, 0):     first exam date and first pass of the component ever;
--   ('', 0):            first exam date on the track (Sat), the components passed (Passes) and the date of the last of
--                       those first passes (LastPass).
-- Every row carries what the report groups by: the person's home centre on the track (the least centre of the sittings
-- of their first exam date), their county (the candidate directory's, '' when none) and the months of Sat and of the
-- pass it counts (LastPass on the ('', 0) row, else Passed), so each measure is counted along an index, without a sort.
-- The fact store recomputes a person's rows from the facts in the transaction that appends a new result and sets the
-- county of their rows when a newer profile is stored; the sitting index recomputes the rows of a sitting's candidates
-- when that sitting's centre is written or removed. This migration fills the table from the results already stored.
CREATE TABLE certengineprogrammepeople (
    trackkey  text    NOT NULL,
    idnumber  text    NOT NULL,
    component text    NOT NULL,
    year      integer NOT NULL,
    sat       text,
    passed    text,
    centre    text    NOT NULL,
    county    text    NOT NULL,
    satmonth  integer,
    passmonth integer,
    passes    integer NOT NULL,
    lastpass  text,
    PRIMARY KEY (trackkey, idnumber, component, year)
);

CREATE INDEX certengineprogrammepeoplesat ON certengineprogrammepeople (year, trackkey, county, centre, satmonth, component);
CREATE INDEX certengineprogrammepeoplepass ON certengineprogrammepeople (year, component, trackkey, county, centre, passmonth, passes, lastpass);
CREATE INDEX certengineprogrammepeopleholder ON certengineprogrammepeople (idnumber);

WITH res AS MATERIALIZED (
    SELECT r.trackkey, r.idnumber, r.component, r.examdate, CASE WHEN r.voided = 0 AND r.score >= r.passmark THEN r.examdate END AS passd,
        COALESCE(s.centre, '') AS centre, COALESCE(d.county, '') AS county, MIN(r.examdate) OVER (PARTITION BY r.trackkey, r.idnumber) AS firstd
    FROM certenginecomponentresults r LEFT JOIN certenginesittingindex s ON s.indexkey = '*' AND s.sessionid = r.sessionid
    LEFT JOIN certenginecandidatedirectory d ON d.idnumber = r.idnumber
    WHERE NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = r.trackkey AND later.idnumber = r.idnumber
        AND later.component = r.component AND later.sessionid = r.sessionid AND (later.atus > r.atus OR (later.atus = r.atus AND later.factid > r.factid)))),
h AS MATERIALIZED (
    SELECT trackkey, idnumber, component, CAST(SUBSTR(examdate, 1, 4) AS INTEGER) AS year, examdate, passd, firstd, county,
        MIN(CASE WHEN examdate = firstd THEN centre END) OVER (PARTITION BY trackkey, idnumber) AS home FROM res),
c AS MATERIALIZED (
    SELECT trackkey, idnumber, component, MIN(firstd) AS firstd, MIN(home) AS home, MIN(county) AS county, MIN(examdate) AS sat, MIN(passd) AS passd
    FROM h GROUP BY trackkey, idnumber, component),
summary AS (
    SELECT trackkey, idnumber, component, year, MIN(examdate) AS sat, MIN(passd) AS passed, MIN(home) AS centre, MIN(county) AS county, 0 AS passes,
        NULL AS lastpass FROM h GROUP BY trackkey, idnumber, component, year
    UNION ALL
    SELECT trackkey, idnumber, '', year, MIN(examdate), MIN(passd), MIN(home), MIN(county), 0, NULL FROM h GROUP BY trackkey, idnumber, year
    UNION ALL
    SELECT trackkey, idnumber, component, 0, sat, passd, home, county, 0, NULL FROM c
    UNION ALL
    SELECT trackkey, idnumber, '', 0, MIN(firstd), MIN(passd), MIN(home), MIN(county), COUNT(passd), MAX(passd) FROM c GROUP BY trackkey, idnumber)
INSERT INTO certengineprogrammepeople (trackkey, idnumber, component, year, sat, passed, centre, county, satmonth, passmonth, passes, lastpass)
SELECT trackkey, idnumber, component, year, sat, passed, centre, county, CAST(SUBSTR(sat, 6, 2) AS INTEGER),
    CAST(SUBSTR(COALESCE(lastpass, passed), 6, 2) AS INTEGER), passes, lastpass FROM summary;
