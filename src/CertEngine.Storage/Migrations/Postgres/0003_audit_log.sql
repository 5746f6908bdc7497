-- CertEngine storage schema, version 3 (PostgreSQL, cluster mode): the record store's audit log.
-- Append-only and hash-chained per subject (docs/operations.md "Audit log"): each row's hash covers its
-- predecessor's hash and every field, so a changed, removed or reordered row breaks the chain; anchors chain the
-- heads of every chain changed since the previous anchor, so a removed subject is detected too. `audit verify`
-- walks both. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE certengineaudit (
    subject  text   NOT NULL,
    seq      bigint NOT NULL CHECK (seq >= 1),
    factid   text   NOT NULL,
    atus     bigint NOT NULL,
    actor    text   NOT NULL,
    action   text   NOT NULL,
    reason   text   NOT NULL,
    details  text   NOT NULL,
    prevhash text   NOT NULL,
    hash     text   NOT NULL,
    PRIMARY KEY (subject, seq)
);

CREATE UNIQUE INDEX certengineauditfact ON certengineaudit (factid);
CREATE INDEX certengineauditat ON certengineaudit (atus);
CREATE INDEX certengineauditactor ON certengineaudit (actor, atus);
CREATE INDEX certengineauditaction ON certengineaudit (action, atus);

-- The head of every chain and the sequence the last anchor covered: the work list of the next anchor. Not trusted
-- by `audit verify`, which checks the chains and anchors themselves.
CREATE TABLE certengineauditheads (
    subject     text   NOT NULL PRIMARY KEY,
    seq         bigint NOT NULL,
    hash        text   NOT NULL,
    anchoredseq bigint NOT NULL DEFAULT 0
);

CREATE INDEX certengineauditheadspending ON certengineauditheads (subject) WHERE seq > anchoredseq;

CREATE TABLE certengineauditanchors (
    seq      bigint NOT NULL PRIMARY KEY CHECK (seq >= 1),
    atus     bigint NOT NULL,
    heads    bigint NOT NULL,
    prevhash text   NOT NULL,
    hash     text   NOT NULL
);

CREATE TABLE certengineauditanchorheads (
    anchorseq bigint NOT NULL,
    subject   text   NOT NULL,
    seq       bigint NOT NULL,
    hash      text   NOT NULL,
    PRIMARY KEY (anchorseq, subject)
);
