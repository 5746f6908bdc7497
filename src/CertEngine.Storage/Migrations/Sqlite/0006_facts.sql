-- CertEngine storage schema, version 6 (SQLite, embedded mode): the record store's facts for reports and analysis.
-- Append-only rows under a stable fact id, written by the grains through the outbox in their state after their own
-- write (a retry never doubles a row; a correction is a new row). Scores are REAL: halves and tenths are exact enough
-- for reports, and the grains keep the authoritative decimal.
CREATE TABLE CertEngineTheoryAttempts (
    FactId        TEXT    NOT NULL PRIMARY KEY,
    AttemptKey    TEXT    NOT NULL,
    Kind          TEXT    NOT NULL,
    SessionId     TEXT    NOT NULL,
    Seat          INTEGER NOT NULL,
    TrackKey      TEXT    NOT NULL,
    IdNumber      TEXT    NOT NULL,
    BankCode      TEXT    NOT NULL,
    BankVersion   INTEGER NOT NULL,
    GradedVersion INTEGER NOT NULL,
    Level         INTEGER NOT NULL,
    WorkType      TEXT    NOT NULL,
    Score         REAL    NOT NULL,
    PassMark      REAL    NOT NULL,
    Actor         TEXT    NOT NULL,
    AtUs          INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineTheoryAttemptsBank ON CertEngineTheoryAttempts (BankCode, BankVersion, AtUs);
CREATE INDEX CertEngineTheoryAttemptsTrack ON CertEngineTheoryAttempts (TrackKey, AtUs);

CREATE TABLE CertEngineResponses (
    FactId      TEXT    NOT NULL,
    Position    INTEGER NOT NULL,
    ItemId      TEXT    NOT NULL,
    ItemVersion INTEGER NOT NULL,
    Type        TEXT    NOT NULL,
    Shown       TEXT    NOT NULL,
    Answer      TEXT    NOT NULL,
    Correct     INTEGER NOT NULL,
    Awarded     REAL    NOT NULL,
    Points      REAL    NOT NULL,
    PRIMARY KEY (FactId, Position)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineResponsesItem ON CertEngineResponses (ItemId, ItemVersion);

CREATE TABLE CertEngineComponentResults (
    FactId    TEXT    NOT NULL PRIMARY KEY,
    TrackKey  TEXT    NOT NULL,
    IdNumber  TEXT    NOT NULL,
    Component TEXT    NOT NULL,
    SessionId TEXT    NOT NULL,
    Score     REAL    NOT NULL,
    PassMark  REAL    NOT NULL,
    ExamDate  TEXT    NOT NULL,
    Voided    INTEGER NOT NULL,
    AtUs      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineComponentResultsTrack ON CertEngineComponentResults (TrackKey, IdNumber, Component, SessionId, AtUs);

CREATE TABLE CertEngineCertificates (
    FactId         TEXT    NOT NULL,
    Number         TEXT    NOT NULL PRIMARY KEY,
    Kind           TEXT    NOT NULL,
    TrackKey       TEXT    NOT NULL,
    IdNumber       TEXT    NOT NULL,
    HolderName     TEXT    NOT NULL,
    OccupationCode TEXT    NOT NULL,
    WorkType       TEXT    NOT NULL,
    Level          INTEGER,
    IssuedOn       TEXT    NOT NULL,
    Actor          TEXT    NOT NULL,
    AtUs           INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX CertEngineCertificatesFact ON CertEngineCertificates (FactId);
CREATE INDEX CertEngineCertificatesTrack ON CertEngineCertificates (TrackKey, AtUs, Number);
CREATE INDEX CertEngineCertificatesHolder ON CertEngineCertificates (IdNumber);

CREATE TABLE CertEngineCertificateEvents (
    FactId     TEXT    NOT NULL PRIMARY KEY,
    Number     TEXT    NOT NULL,
    Sequence   INTEGER NOT NULL,
    Status     TEXT    NOT NULL,
    Reason     TEXT    NOT NULL,
    Actor      TEXT    NOT NULL,
    ReplacedBy TEXT,
    AtUs       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX CertEngineCertificateEventsNumber ON CertEngineCertificateEvents (Number, Sequence);

CREATE TABLE CertEnginePracticalSheets (
    FactId      TEXT    NOT NULL PRIMARY KEY,
    AttemptKey  TEXT    NOT NULL,
    SessionId   TEXT    NOT NULL,
    Station     INTEGER NOT NULL,
    TrackKey    TEXT    NOT NULL,
    IdNumber    TEXT    NOT NULL,
    BankCode    TEXT    NOT NULL,
    BankVersion INTEGER NOT NULL,
    TaskId      TEXT    NOT NULL,
    Assessor    TEXT    NOT NULL,
    Total       REAL    NOT NULL,
    Vetoes      TEXT    NOT NULL,
    Remark      TEXT    NOT NULL,
    AtUs        INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEnginePracticalSheetsSession ON CertEnginePracticalSheets (SessionId, AttemptKey, TaskId);
CREATE INDEX CertEnginePracticalSheetsAssessor ON CertEnginePracticalSheets (Assessor, AtUs);

CREATE TABLE CertEnginePracticalMarks (
    FactId    TEXT NOT NULL,
    Criterion TEXT NOT NULL,
    Points    REAL NOT NULL,
    PRIMARY KEY (FactId, Criterion)
) STRICT, WITHOUT ROWID;

CREATE TABLE CertEngineAdjudications (
    FactId     TEXT    NOT NULL PRIMARY KEY,
    AttemptKey TEXT    NOT NULL,
    SessionId  TEXT    NOT NULL,
    TaskId     TEXT    NOT NULL,
    Chief      TEXT    NOT NULL,
    Score      REAL    NOT NULL,
    Reason     TEXT    NOT NULL,
    AtUs       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineAdjudicationsSession ON CertEngineAdjudications (SessionId, AttemptKey, TaskId);

CREATE TABLE CertEngineCandidates (
    FactId     TEXT    NOT NULL PRIMARY KEY,
    InternalId TEXT    NOT NULL,
    IdNumber   TEXT    NOT NULL,
    Name       TEXT    NOT NULL,
    County     TEXT    NOT NULL,
    Tags       TEXT    NOT NULL,
    Actor      TEXT    NOT NULL,
    AtUs       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineCandidatesInternal ON CertEngineCandidates (InternalId, AtUs);
CREATE INDEX CertEngineCandidatesIdNumber ON CertEngineCandidates (IdNumber);
