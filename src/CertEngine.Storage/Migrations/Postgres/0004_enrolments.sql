-- CertEngine storage schema, version 4 (PostgreSQL, cluster mode): enrolments in the record store.
-- One row per candidate and track (资格审核 passed): written by the candidate's grain after its own state, under a
-- stable fact id, so a retry never doubles a row. The track's grain state no longer lists its candidates.
CREATE TABLE certengineenrolments (
    trackkey    text   NOT NULL,
    idnumber    text   NOT NULL,
    factid      text   NOT NULL,
    conditionid text   NOT NULL,
    evidence    text   NOT NULL,
    atus        bigint NOT NULL,
    actor       text   NOT NULL,
    PRIMARY KEY (trackkey, idnumber)
);

CREATE UNIQUE INDEX certengineenrolmentsfact ON certengineenrolments (factid);
CREATE INDEX certengineenrolmentsat ON certengineenrolments (trackkey, atus, idnumber);
