-- CertEngine storage schema, version 18 (SQLite, embedded mode): the programme report's per-person summary, kept as
-- facts arrive (issue 19, bound 2 s over 100,000 results and 50,000 certificates). The report counts each candidate's
-- latest result per component and sitting (a regrade supersedes the first). CertEngineProgrammePeople holds, per person
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
CREATE TABLE CertEngineProgrammePeople (
    TrackKey  TEXT    NOT NULL,
    IdNumber  TEXT    NOT NULL,
    Component TEXT    NOT NULL,
    Year      INTEGER NOT NULL,
    Sat       TEXT,
    Passed    TEXT,
    Centre    TEXT    NOT NULL,
    County    TEXT    NOT NULL,
    SatMonth  INTEGER,
    PassMonth INTEGER,
    Passes    INTEGER NOT NULL,
    LastPass  TEXT,
    PRIMARY KEY (TrackKey, IdNumber, Component, Year)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineProgrammePeopleSat ON CertEngineProgrammePeople (Year, TrackKey, County, Centre, SatMonth, Component);
CREATE INDEX CertEngineProgrammePeoplePass ON CertEngineProgrammePeople (Year, Component, TrackKey, County, Centre, PassMonth, Passes, LastPass);
CREATE INDEX CertEngineProgrammePeopleHolder ON CertEngineProgrammePeople (IdNumber);

WITH res AS MATERIALIZED (
    SELECT r.TrackKey, r.IdNumber, r.Component, r.ExamDate, CASE WHEN r.Voided = 0 AND r.Score >= r.PassMark THEN r.ExamDate END AS PassD,
        COALESCE(s.Centre, '') AS Centre, COALESCE(d.County, '') AS County, MIN(r.ExamDate) OVER (PARTITION BY r.TrackKey, r.IdNumber) AS FirstD
    FROM CertEngineComponentResults r LEFT JOIN CertEngineSittingIndex s ON s.IndexKey = '*' AND s.SessionId = r.SessionId
    LEFT JOIN CertEngineCandidateDirectory d ON d.IdNumber = r.IdNumber
    WHERE NOT EXISTS (SELECT 1 FROM CertEngineComponentResults later WHERE later.TrackKey = r.TrackKey AND later.IdNumber = r.IdNumber
        AND later.Component = r.Component AND later.SessionId = r.SessionId AND (later.AtUs > r.AtUs OR (later.AtUs = r.AtUs AND later.FactId > r.FactId)))),
h AS MATERIALIZED (
    SELECT TrackKey, IdNumber, Component, CAST(SUBSTR(ExamDate, 1, 4) AS INTEGER) AS Year, ExamDate, PassD, FirstD, County,
        MIN(CASE WHEN ExamDate = FirstD THEN Centre END) OVER (PARTITION BY TrackKey, IdNumber) AS Home FROM res),
c AS MATERIALIZED (
    SELECT TrackKey, IdNumber, Component, MIN(FirstD) AS FirstD, MIN(Home) AS Home, MIN(County) AS County, MIN(ExamDate) AS Sat, MIN(PassD) AS PassD
    FROM h GROUP BY TrackKey, IdNumber, Component),
summary AS (
    SELECT TrackKey, IdNumber, Component, Year, MIN(ExamDate) AS Sat, MIN(PassD) AS Passed, MIN(Home) AS Centre, MIN(County) AS County, 0 AS Passes,
        NULL AS LastPass FROM h GROUP BY TrackKey, IdNumber, Component, Year
    UNION ALL
    SELECT TrackKey, IdNumber, '', Year, MIN(ExamDate), MIN(PassD), MIN(Home), MIN(County), 0, NULL FROM h GROUP BY TrackKey, IdNumber, Year
    UNION ALL
    SELECT TrackKey, IdNumber, Component, 0, Sat, PassD, Home, County, 0, NULL FROM c
    UNION ALL
    SELECT TrackKey, IdNumber, '', 0, MIN(FirstD), MIN(PassD), MIN(Home), MIN(County), COUNT(PassD), MAX(PassD) FROM c GROUP BY TrackKey, IdNumber)
INSERT INTO CertEngineProgrammePeople (TrackKey, IdNumber, Component, Year, Sat, Passed, Centre, County, SatMonth, PassMonth, Passes, LastPass)
SELECT TrackKey, IdNumber, Component, Year, Sat, Passed, Centre, County, CAST(SUBSTR(Sat, 6, 2) AS INTEGER),
    CAST(SUBSTR(COALESCE(LastPass, Passed), 6, 2) AS INTEGER), Passes, LastPass FROM summary;
