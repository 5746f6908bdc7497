-- CertEngine storage schema, version 5 (SQLite, embedded mode): the consoles' lists of sittings in the record store.
-- One row per list and sitting: the list of every sitting ('*') and each staff member's (lower-case user name). The
-- sitting index grain writes it when a sitting is scheduled or its staff change; its state no longer grows.
CREATE TABLE CertEngineSittingIndex (
    IndexKey  TEXT    NOT NULL,
    SessionId TEXT    NOT NULL,
    TrackKey  TEXT    NOT NULL,
    Component INTEGER NOT NULL,
    Centre    TEXT    NOT NULL,
    Room      TEXT    NOT NULL,
    StartsUs  INTEGER NOT NULL,
    PRIMARY KEY (IndexKey, SessionId)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineSittingIndexStarts ON CertEngineSittingIndex (IndexKey, StartsUs DESC, SessionId);
