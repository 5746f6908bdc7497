-- CertEngine storage schema, migration 0021 (SQLite, embedded mode): every sitting's admission tickets (准考证号) in the
-- record store, so that any 4+ characters of a ticket find its holder in the candidate list and the certificate search
-- (issue 16). Until now a ticket of a sitting in no batch lived only in the ticket grain's state, found only whole.
-- One row per sitting and seat: the number as the centre wrote it and its key (trimmed, upper case: AdmissionTicketKey),
-- written when a sitting binds its tickets and deleted when it withdraws them (cancel, a seat dropped, a candidate moved).
-- Sittings scheduled before this migration are written once at start from their rosters; CertEngineBackfills marks a
-- backfill that ran to its end, so a later start does not walk every sitting again (rerunning it would be harmless).
-- (IF NOT EXISTS: tests that take a store back to an older schema re-apply the later migrations over what they left.)
CREATE TABLE IF NOT EXISTS CertEngineSittingTickets (
    SessionId TEXT    NOT NULL,
    IdNumber  TEXT    NOT NULL,
    TicketKey TEXT    NOT NULL,
    Ticket    TEXT    NOT NULL,
    TrackKey  TEXT    NOT NULL,
    AddedUs   INTEGER NOT NULL,
    PRIMARY KEY (SessionId, IdNumber, TicketKey)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS CertEngineSittingTicketsKey ON CertEngineSittingTickets (TicketKey, IdNumber);

CREATE TABLE IF NOT EXISTS CertEngineBackfills (
    Name   TEXT    NOT NULL PRIMARY KEY,
    DoneUs INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
