-- CertEngine storage schema, version 13 (PostgreSQL, cluster mode): an author's marks on items (item analysis, issue 20).
-- Append-only: each row marks one item of a bank, at the version the author looked at, for revision (修订) or retirement
-- (停用), or clears an earlier mark; the latest row per bank and item holds. The next version drafted from the web leaves
-- items whose latest mark is a retirement out. Who and when are kept on the row; the audit trail of the bank keeps it too.
CREATE TABLE certengineitemmarks (
    markid      text    NOT NULL PRIMARY KEY,
    bankcode    text    NOT NULL,
    itemid      text    NOT NULL,
    itemversion integer NOT NULL,
    bankversion integer NOT NULL,
    mark        text    NOT NULL,
    reason      text    NOT NULL,
    actor       text    NOT NULL,
    atus        bigint  NOT NULL
);

CREATE INDEX certengineitemmarksitem ON certengineitemmarks (bankcode, itemid, atus);

-- Item analysis keeps the latest fact of each attempt (a regrade supersedes the submission): found by attempt key.
CREATE INDEX certenginetheoryattemptsattempt ON certenginetheoryattempts (attemptkey, atus);
