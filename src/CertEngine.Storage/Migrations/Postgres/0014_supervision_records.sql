-- CertEngine storage schema, version 14 (PostgreSQL, cluster mode): supervision records (督导记录, issue 20).
-- Append-only: each row is one filing of a sitting's checklist by a 督导员 — a draft, a signed record, or a signed
-- correction naming the signed record it corrects (corrects). A signed row is final; nothing is updated or deleted.
-- answers holds the checklist answers as JSON ([{"item","answer","note"}]). Who, when and internal/external are kept on
-- the row; the sitting's audit trail keeps each filing too. 逢考必督 asks whether a sitting has any signed row.
CREATE TABLE certenginesupervisionrecords (
    recordid       text    NOT NULL PRIMARY KEY,
    sessionid      text    NOT NULL,
    trackkey       text    NOT NULL,
    supervisor     text    NOT NULL,
    supervisorname text    NOT NULL,
    external       integer NOT NULL,
    signed         integer NOT NULL,
    corrects       text,
    answers        text    NOT NULL,
    notes          text    NOT NULL,
    atus           bigint  NOT NULL
);

CREATE INDEX certenginesupervisionrecordssitting ON certenginesupervisionrecords (sessionid, atus);
