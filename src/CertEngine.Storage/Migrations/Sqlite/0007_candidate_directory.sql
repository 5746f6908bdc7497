-- CertEngine storage schema, version 7 (SQLite, embedded mode): the candidate directory for the back office's list.
-- One row per candidate (by ID number) holding the latest profile fact, kept by the fact store in the transaction that
-- appends the fact, so the list pages and counts without scanning every profile fact. Profiles gain a phone number.
ALTER TABLE CertEngineCandidates ADD COLUMN Phone TEXT NOT NULL DEFAULT '';

CREATE TABLE CertEngineCandidateDirectory (
    IdNumber   TEXT    NOT NULL PRIMARY KEY,
    InternalId TEXT    NOT NULL,
    Name       TEXT    NOT NULL,
    County     TEXT    NOT NULL,
    Tags       TEXT    NOT NULL,
    Phone      TEXT    NOT NULL,
    FactId     TEXT    NOT NULL,
    AtUs       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineCandidateDirectoryName ON CertEngineCandidateDirectory (Name, IdNumber);
CREATE INDEX CertEngineCandidateDirectoryInternal ON CertEngineCandidateDirectory (InternalId);
CREATE INDEX CertEngineEnrolmentsCandidate ON CertEngineEnrolments (IdNumber, TrackKey);
CREATE INDEX CertEngineComponentResultsCandidate ON CertEngineComponentResults (IdNumber, TrackKey);
CREATE INDEX CertEngineCertificatesHolderTrack ON CertEngineCertificates (IdNumber, TrackKey);

INSERT INTO CertEngineCandidateDirectory (IdNumber, InternalId, Name, County, Tags, Phone, FactId, AtUs)
SELECT c.IdNumber, c.InternalId, c.Name, c.County, c.Tags, c.Phone, c.FactId, c.AtUs FROM CertEngineCandidates c
WHERE NOT EXISTS (SELECT 1 FROM CertEngineCandidates later WHERE later.IdNumber = c.IdNumber
    AND (later.AtUs > c.AtUs OR (later.AtUs = c.AtUs AND later.FactId > c.FactId)));
