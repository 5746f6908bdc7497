-- CertEngine storage schema, version 12 (SQLite, embedded mode): the 太行家政 programme's targets and 培训补贴 claims.
-- Targets are entered by an Admin (one row per programme and year, the years it counts from, audited); a claim is one
-- row per person, occupation and level (the rule: one claim each), holding its certificate and current state, with its
-- history in the events table (append-only). Indexes let the programme report and the claims list group by date in
-- the database without scanning every fact.
CREATE TABLE CertEngineProgrammeTargets (
    Programme TEXT    NOT NULL,
    Year      INTEGER NOT NULL,
    FromYear  INTEGER NOT NULL,
    Target    INTEGER NOT NULL,
    Actor     TEXT    NOT NULL,
    AtUs      INTEGER NOT NULL,
    PRIMARY KEY (Programme, Year)
) STRICT, WITHOUT ROWID;

CREATE TABLE CertEngineSubsidyClaims (
    ClaimKey       TEXT    NOT NULL PRIMARY KEY,
    Number         TEXT    NOT NULL,
    IdNumber       TEXT    NOT NULL,
    OccupationCode TEXT    NOT NULL,
    Level          INTEGER,
    TrackKey       TEXT    NOT NULL,
    IssuedOn       TEXT    NOT NULL,
    Amount         REAL    NOT NULL,
    State          TEXT    NOT NULL,
    Reason         TEXT    NOT NULL,
    Version        INTEGER NOT NULL,
    Actor          TEXT    NOT NULL,
    AtUs           INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX CertEngineSubsidyClaimsNumber ON CertEngineSubsidyClaims (Number);
CREATE INDEX CertEngineSubsidyClaimsIssued ON CertEngineSubsidyClaims (IssuedOn, State);

CREATE TABLE CertEngineSubsidyClaimEvents (
    ClaimKey TEXT    NOT NULL,
    Version  INTEGER NOT NULL,
    Number   TEXT    NOT NULL,
    State    TEXT    NOT NULL,
    Reason   TEXT    NOT NULL,
    Actor    TEXT    NOT NULL,
    AtUs     INTEGER NOT NULL,
    PRIMARY KEY (ClaimKey, Version)
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineCertificatesIssuedOn ON CertEngineCertificates (IssuedOn, Number);
CREATE INDEX CertEngineCertificatesClaimKey ON CertEngineCertificates (IdNumber, OccupationCode, Level, IssuedOn);
CREATE INDEX CertEngineCertificateEventsReplacedBy ON CertEngineCertificateEvents (ReplacedBy);
CREATE INDEX CertEngineComponentResultsExamDate ON CertEngineComponentResults (ExamDate);
CREATE INDEX CertEngineEnrolmentsAtUs ON CertEngineEnrolments (AtUs);
