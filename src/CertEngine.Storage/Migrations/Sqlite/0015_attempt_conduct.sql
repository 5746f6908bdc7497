-- CertEngine storage schema, version 15 (SQLite, embedded mode): how each submitted theory attempt was taken, for the
-- integrity signals of its sitting (issue 20, item 3). Append-only under the attempt's conduct fact id, written by the
-- attempt grain through its outbox with the submission: its clock, the disconnections it saw (silences of a minute or
-- more while it ran) and, per question answered, the first and last save and how often the answer changed.
CREATE TABLE CertEngineAttemptConduct (
    FactId                TEXT    NOT NULL PRIMARY KEY,
    AttemptKey            TEXT    NOT NULL,
    SessionId             TEXT    NOT NULL,
    Seat                  INTEGER NOT NULL,
    StartedUs             INTEGER NOT NULL,
    SubmittedUs           INTEGER NOT NULL,
    Disconnections        INTEGER NOT NULL,
    LongestDisconnections REAL    NOT NULL,
    LongestFromUs         INTEGER
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineAttemptConductSession ON CertEngineAttemptConduct (SessionId);

CREATE TABLE CertEngineAnswerTimings (
    FactId   TEXT    NOT NULL,
    Position INTEGER NOT NULL,
    FirstUs  INTEGER NOT NULL,
    LastUs   INTEGER NOT NULL,
    Changes  INTEGER NOT NULL,
    PRIMARY KEY (FactId, Position)
) STRICT, WITHOUT ROWID;

-- The signals read one sitting's attempts and responses.
CREATE INDEX CertEngineTheoryAttemptsSession ON CertEngineTheoryAttempts (SessionId, AttemptKey, AtUs);
