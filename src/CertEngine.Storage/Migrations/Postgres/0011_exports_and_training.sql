-- CertEngine storage schema, version 11 (PostgreSQL, cluster mode): the export log and training hours (issue 19).
-- The export log holds one row per file sent out in the national fields (who, when, what, the filters, the rows and the
-- SHA-256 of the exact bytes), so a manager sees what was sent. Training hours are entered or imported by a training
-- centre for the credit record (家政信用): one row per entry, under a stable id so an import run twice stores it once.
CREATE TABLE certengineexports (
    exportid text   NOT NULL PRIMARY KEY,
    kind     text   NOT NULL,
    format   text   NOT NULL,
    filters  text   NOT NULL,
    rowcount bigint NOT NULL,
    bytes    bigint NOT NULL,
    sha256   text   NOT NULL,
    filename text   NOT NULL,
    actor    text   NOT NULL,
    atus     bigint NOT NULL
);

CREATE INDEX certengineexportsat ON certengineexports (atus DESC, exportid);

CREATE TABLE certenginetraininghours (
    entryid  text    NOT NULL PRIMARY KEY,
    idnumber text    NOT NULL,
    centre   text    NOT NULL,
    course   text    NOT NULL,
    hours    numeric NOT NULL,
    fromdate text    NOT NULL,
    todate   text    NOT NULL,
    actor    text    NOT NULL,
    atus     bigint  NOT NULL
);

CREATE INDEX certenginetraininghoursholder ON certenginetraininghours (idnumber, fromdate, entryid);
CREATE INDEX certenginecertificatesissued ON certenginecertificates (issuedon, number);
CREATE INDEX certenginecomponentresultssession ON certenginecomponentresults (sessionid, idnumber);
