-- CertEngine storage schema, migration 0021 (PostgreSQL, cluster mode): every sitting's admission tickets (准考证号) in
-- the record store, so that any 4+ characters of a ticket find its holder in the candidate list and the certificate
-- search (issue 16). Until now a ticket of a sitting in no batch lived only in the ticket grain's state, found only whole.
-- One row per sitting and seat: the number as the centre wrote it and its key (trimmed, upper case: AdmissionTicketKey),
-- written when a sitting binds its tickets and deleted when it withdraws them (cancel, a seat dropped, a candidate moved).
-- Sittings scheduled before this migration are written once at start from their rosters; certenginebackfills marks a
-- backfill that ran to its end, so a later start does not walk every sitting again (rerunning it would be harmless).
-- (IF NOT EXISTS: tests that take a store back to an older schema re-apply the later migrations over what they left.)
CREATE TABLE IF NOT EXISTS certenginesittingtickets (
    sessionid text   NOT NULL,
    idnumber  text   NOT NULL,
    ticketkey text   NOT NULL,
    ticket    text   NOT NULL,
    trackkey  text   NOT NULL,
    addedus   bigint NOT NULL,
    PRIMARY KEY (sessionid, idnumber, ticketkey)
);

CREATE INDEX IF NOT EXISTS certenginesittingticketskey ON certenginesittingtickets (ticketkey, idnumber);

CREATE TABLE IF NOT EXISTS certenginebackfills (
    name   text   NOT NULL PRIMARY KEY,
    doneus bigint NOT NULL
);
