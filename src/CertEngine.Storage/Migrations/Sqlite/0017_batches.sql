-- CertEngine storage schema, version 17 (SQLite, embedded mode): exam batches (批次) and their members.
-- A batch is a named round of one track (2026年第12批) at one centre over a few days; sittings are scheduled into it.
-- Its members are the candidates of its sittings, each with the one admission ticket number (准考证号) they keep across
-- the batch's theory and practical sittings: a candidate has one number in a batch and a number one candidate
-- (TicketKey is the number trimmed and in upper case, as sign-in reads it). A sitting belongs to at most one batch.
-- Sittings scheduled before batches existed have no row here and keep working as they were.
CREATE TABLE CertEngineBatches (
    BatchId   TEXT    NOT NULL PRIMARY KEY,
    TrackKey  TEXT    NOT NULL,
    Name      TEXT    NOT NULL,
    Centre    TEXT    NOT NULL,
    FirstDay  TEXT    NOT NULL,
    LastDay   TEXT    NOT NULL,
    CreatedBy TEXT    NOT NULL,
    CreatedUs INTEGER NOT NULL,
    UNIQUE (TrackKey, Name)
) STRICT;

CREATE INDEX CertEngineBatchesDays ON CertEngineBatches (FirstDay DESC, BatchId);

CREATE TABLE CertEngineBatchMembers (
    BatchId   TEXT    NOT NULL,
    IdNumber  TEXT    NOT NULL,
    Ticket    TEXT    NOT NULL,
    TicketKey TEXT    NOT NULL,
    AddedUs   INTEGER NOT NULL,
    PRIMARY KEY (BatchId, IdNumber),
    UNIQUE (BatchId, TicketKey)
) STRICT, WITHOUT ROWID;

CREATE TABLE CertEngineBatchSittings (
    SessionId TEXT    NOT NULL PRIMARY KEY,
    BatchId   TEXT    NOT NULL,
    AddedUs   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineBatchSittingsBatch ON CertEngineBatchSittings (BatchId, SessionId);
