-- CertEngine storage schema, version 5 (PostgreSQL, cluster mode): the consoles' lists of sittings in the record store.
-- One row per list and sitting: the list of every sitting ('*') and each staff member's (lower-case user name). The
-- sitting index grain writes it when a sitting is scheduled or its staff change; its state no longer grows.
CREATE TABLE certenginesittingindex (
    indexkey  text   NOT NULL,
    sessionid text   NOT NULL,
    trackkey  text   NOT NULL,
    component bigint NOT NULL,
    centre    text   NOT NULL,
    room      text   NOT NULL,
    startsus  bigint NOT NULL,
    PRIMARY KEY (indexkey, sessionid)
);

CREATE INDEX certenginesittingindexstarts ON certenginesittingindex (indexkey, startsus DESC, sessionid);
