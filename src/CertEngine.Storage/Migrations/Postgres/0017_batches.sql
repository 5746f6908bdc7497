-- CertEngine storage schema, version 17 (PostgreSQL, cluster mode): exam batches (批次) and their members.
-- A batch is a named round of one track (2026年第12批) at one centre over a few days; sittings are scheduled into it.
-- Its members are the candidates of its sittings, each with the one admission ticket number (准考证号) they keep across
-- the batch's theory and practical sittings: a candidate has one number in a batch and a number one candidate
-- (ticketkey is the number trimmed and in upper case, as sign-in reads it). A sitting belongs to at most one batch.
-- Sittings scheduled before batches existed have no row here and keep working as they were.
CREATE TABLE certenginebatches (
    batchid   text   NOT NULL PRIMARY KEY,
    trackkey  text   NOT NULL,
    name      text   NOT NULL,
    centre    text   NOT NULL,
    firstday  text   NOT NULL,
    lastday   text   NOT NULL,
    createdby text   NOT NULL,
    createdus bigint NOT NULL,
    UNIQUE (trackkey, name)
);

CREATE INDEX certenginebatchesdays ON certenginebatches (firstday DESC, batchid);

CREATE TABLE certenginebatchmembers (
    batchid   text   NOT NULL,
    idnumber  text   NOT NULL,
    ticket    text   NOT NULL,
    ticketkey text   NOT NULL,
    addedus   bigint NOT NULL,
    PRIMARY KEY (batchid, idnumber),
    UNIQUE (batchid, ticketkey)
);

CREATE TABLE certenginebatchsittings (
    sessionid text   NOT NULL PRIMARY KEY,
    batchid   text   NOT NULL,
    addedus   bigint NOT NULL
);

CREATE INDEX certenginebatchsittingsbatch ON certenginebatchsittings (batchid, sessionid);
