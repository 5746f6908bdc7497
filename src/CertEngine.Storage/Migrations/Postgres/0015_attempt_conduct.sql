-- CertEngine storage schema, version 15 (PostgreSQL, cluster mode): how each submitted theory attempt was taken, for the
-- integrity signals of its sitting (issue 20, item 3). Append-only under the attempt's conduct fact id, written by the
-- attempt grain through its outbox with the submission: its clock, the disconnections it saw (silences of a minute or
-- more while it ran) and, per question answered, the first and last save and how often the answer changed.
CREATE TABLE certengineattemptconduct (
    factid                text             NOT NULL PRIMARY KEY,
    attemptkey            text             NOT NULL,
    sessionid             text             NOT NULL,
    seat                  integer          NOT NULL,
    startedus             bigint           NOT NULL,
    submittedus           bigint           NOT NULL,
    disconnections        integer          NOT NULL,
    longestdisconnections double precision NOT NULL,
    longestfromus         bigint
);

CREATE INDEX certengineattemptconductsession ON certengineattemptconduct (sessionid);

CREATE TABLE certengineanswertimings (
    factid   text    NOT NULL,
    position integer NOT NULL,
    firstus  bigint  NOT NULL,
    lastus   bigint  NOT NULL,
    changes  integer NOT NULL,
    PRIMARY KEY (factid, position)
);

-- The signals read one sitting's attempts and responses.
CREATE INDEX certenginetheoryattemptssession ON certenginetheoryattempts (sessionid, attemptkey, atus);
