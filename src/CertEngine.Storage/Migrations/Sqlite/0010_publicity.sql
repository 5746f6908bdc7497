-- CertEngine storage schema, version 10 (SQLite, embedded mode): 成绩公示 (results published for objection).
-- A notice (one sitting, or a track's complete results in a date range) with its period, the lines it published as they
-- were (masked name and ID number for the public page, the full ID number for objections and the issuance gate), and the
-- objections lodged against its lines with their answers. Notices and lines never change once written; an objection's
-- row holds its latest state (open, answered, closed), each change also in the audit log.
CREATE TABLE CertEnginePublicity (
    PublicityId  TEXT    NOT NULL PRIMARY KEY,
    TrackKey     TEXT    NOT NULL,
    SessionId    TEXT    NOT NULL,
    FromDate     TEXT    NOT NULL,
    ToDate       TEXT    NOT NULL,
    Components   TEXT    NOT NULL,
    StartsOn     TEXT    NOT NULL,
    EndsOn       TEXT    NOT NULL,
    WorkingDays  INTEGER NOT NULL,
    LineCount    INTEGER NOT NULL,
    PublishedBy  TEXT    NOT NULL,
    PublishedUs  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEnginePublicityTrack ON CertEnginePublicity (TrackKey, PublishedUs);
CREATE INDEX CertEnginePublicitySession ON CertEnginePublicity (SessionId);

CREATE TABLE CertEnginePublicityLines (
    PublicityId  TEXT    NOT NULL,
    IdNumber     TEXT    NOT NULL,
    TrackKey     TEXT    NOT NULL,
    Ticket       TEXT    NOT NULL,
    MaskedName   TEXT    NOT NULL,
    MaskedId     TEXT    NOT NULL,
    Occupation   TEXT    NOT NULL,
    WorkType     TEXT    NOT NULL,
    Level        TEXT    NOT NULL,
    Scores       TEXT    NOT NULL,
    Passed       INTEGER NOT NULL,
    PRIMARY KEY (PublicityId, IdNumber)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEnginePublicityLinesCandidate ON CertEnginePublicityLines (TrackKey, IdNumber, Passed);

CREATE TABLE CertEnginePublicityObjections (
    ObjectionId  TEXT    NOT NULL PRIMARY KEY,
    PublicityId  TEXT    NOT NULL,
    IdNumber     TEXT    NOT NULL,
    Ticket       TEXT    NOT NULL,
    Body         TEXT    NOT NULL,
    LodgedUs     INTEGER NOT NULL,
    Status       TEXT    NOT NULL,
    Answer       TEXT    NOT NULL,
    AnsweredBy   TEXT    NOT NULL,
    AnsweredUs   INTEGER NOT NULL,
    ClosedBy     TEXT    NOT NULL,
    ClosedUs     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEnginePublicityObjectionsQueue ON CertEnginePublicityObjections (Status, LodgedUs, ObjectionId);
CREATE INDEX CertEnginePublicityObjectionsLine ON CertEnginePublicityObjections (PublicityId, IdNumber, Status);
