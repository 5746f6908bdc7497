-- CertEngine storage schema, version 3 (SQLite, embedded mode): the record store's audit log.
-- Append-only and hash-chained per subject (docs/operations.md "Audit log"): each row's hash covers its
-- predecessor's hash and every field, so a changed, removed or reordered row breaks the chain; anchors chain the
-- heads of every chain changed since the previous anchor, so a removed subject is detected too. `audit verify`
-- walks both. Times are microseconds since the Unix epoch (UTC).
CREATE TABLE CertEngineAudit (
    Subject   TEXT    NOT NULL,
    Seq       INTEGER NOT NULL CHECK (Seq >= 1),
    FactId    TEXT    NOT NULL,
    AtUs      INTEGER NOT NULL,
    Actor     TEXT    NOT NULL,
    Action    TEXT    NOT NULL,
    Reason    TEXT    NOT NULL,
    Details   TEXT    NOT NULL,
    PrevHash  TEXT    NOT NULL,
    Hash      TEXT    NOT NULL,
    PRIMARY KEY (Subject, Seq)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX CertEngineAuditFact ON CertEngineAudit (FactId);
CREATE INDEX CertEngineAuditAt ON CertEngineAudit (AtUs);
CREATE INDEX CertEngineAuditActor ON CertEngineAudit (Actor, AtUs);
CREATE INDEX CertEngineAuditAction ON CertEngineAudit (Action, AtUs);

-- The head of every chain and the sequence the last anchor covered: the work list of the next anchor. Not trusted
-- by `audit verify`, which checks the chains and anchors themselves.
CREATE TABLE CertEngineAuditHeads (
    Subject     TEXT    NOT NULL PRIMARY KEY,
    Seq         INTEGER NOT NULL,
    Hash        TEXT    NOT NULL,
    AnchoredSeq INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineAuditHeadsPending ON CertEngineAuditHeads (Subject) WHERE Seq > AnchoredSeq;

CREATE TABLE CertEngineAuditAnchors (
    Seq      INTEGER NOT NULL PRIMARY KEY CHECK (Seq >= 1),
    AtUs     INTEGER NOT NULL,
    Heads    INTEGER NOT NULL,
    PrevHash TEXT    NOT NULL,
    Hash     TEXT    NOT NULL
) STRICT;

CREATE TABLE CertEngineAuditAnchorHeads (
    AnchorSeq INTEGER NOT NULL,
    Subject   TEXT    NOT NULL,
    Seq       INTEGER NOT NULL,
    Hash      TEXT    NOT NULL,
    PRIMARY KEY (AnchorSeq, Subject)
) STRICT, WITHOUT ROWID;
