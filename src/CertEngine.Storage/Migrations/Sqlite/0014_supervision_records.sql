-- CertEngine storage schema, version 14 (SQLite, embedded mode): supervision records (督导记录, issue 20).
-- Append-only: each row is one filing of a sitting's checklist by a 督导员 — a draft, a signed record, or a signed
-- correction naming the signed record it corrects (Corrects). A signed row is final; nothing is updated or deleted.
-- Answers holds the checklist answers as JSON ([{"item","answer","note"}]). Who, when and internal/external are kept on
-- the row; the sitting's audit trail keeps each filing too. 逢考必督 asks whether a sitting has any signed row.
CREATE TABLE CertEngineSupervisionRecords (
    RecordId       TEXT    NOT NULL PRIMARY KEY,
    SessionId      TEXT    NOT NULL,
    TrackKey       TEXT    NOT NULL,
    Supervisor     TEXT    NOT NULL,
    SupervisorName TEXT    NOT NULL,
    External       INTEGER NOT NULL,
    Signed         INTEGER NOT NULL,
    Corrects       TEXT,
    Answers        TEXT    NOT NULL,
    Notes          TEXT    NOT NULL,
    AtUs           INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineSupervisionRecordsSitting ON CertEngineSupervisionRecords (SessionId, AtUs);
