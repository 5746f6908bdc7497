-- CertEngine storage schema, version 4 (SQLite, embedded mode): enrolments in the record store.
-- One row per candidate and track (资格审核 passed): written by the candidate's grain after its own state, under a
-- stable fact id, so a retry never doubles a row. The track's grain state no longer lists its candidates.
CREATE TABLE CertEngineEnrolments (
    TrackKey    TEXT    NOT NULL,
    IdNumber    TEXT    NOT NULL,
    FactId      TEXT    NOT NULL,
    ConditionId TEXT    NOT NULL,
    Evidence    TEXT    NOT NULL,
    AtUs        INTEGER NOT NULL,
    Actor       TEXT    NOT NULL,
    PRIMARY KEY (TrackKey, IdNumber)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX CertEngineEnrolmentsFact ON CertEngineEnrolments (FactId);
CREATE INDEX CertEngineEnrolmentsAt ON CertEngineEnrolments (TrackKey, AtUs, IdNumber);
