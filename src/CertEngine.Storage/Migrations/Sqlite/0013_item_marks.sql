-- CertEngine storage schema, version 13 (SQLite, embedded mode): an author's marks on items (item analysis, issue 20).
-- Append-only: each row marks one item of a bank, at the version the author looked at, for revision (修订) or retirement
-- (停用), or clears an earlier mark; the latest row per bank and item holds. The next version drafted from the web leaves
-- items whose latest mark is a retirement out. Who and when are kept on the row; the audit trail of the bank keeps it too.
CREATE TABLE CertEngineItemMarks (
    MarkId      TEXT    NOT NULL PRIMARY KEY,
    BankCode    TEXT    NOT NULL,
    ItemId      TEXT    NOT NULL,
    ItemVersion INTEGER NOT NULL,
    BankVersion INTEGER NOT NULL,
    Mark        TEXT    NOT NULL,
    Reason      TEXT    NOT NULL,
    Actor       TEXT    NOT NULL,
    AtUs        INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineItemMarksItem ON CertEngineItemMarks (BankCode, ItemId, AtUs);

-- Item analysis keeps the latest fact of each attempt (a regrade supersedes the submission): found by attempt key.
CREATE INDEX CertEngineTheoryAttemptsAttempt ON CertEngineTheoryAttempts (AttemptKey, AtUs);
