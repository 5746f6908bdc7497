-- CertEngine storage schema, version 11 (SQLite, embedded mode): the export log and training hours (issue 19).
-- The export log holds one row per file sent out in the national fields (who, when, what, the filters, the rows and the
-- SHA-256 of the exact bytes), so a manager sees what was sent. Training hours are entered or imported by a training
-- centre for the credit record (家政信用): one row per entry, under a stable id so an import run twice stores it once.
CREATE TABLE CertEngineExports (
    ExportId TEXT    NOT NULL PRIMARY KEY,
    Kind     TEXT    NOT NULL,
    Format   TEXT    NOT NULL,
    Filters  TEXT    NOT NULL,
    RowCount INTEGER NOT NULL,
    Bytes    INTEGER NOT NULL,
    Sha256   TEXT    NOT NULL,
    FileName TEXT    NOT NULL,
    Actor    TEXT    NOT NULL,
    AtUs     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineExportsAt ON CertEngineExports (AtUs DESC, ExportId);

CREATE TABLE CertEngineTrainingHours (
    EntryId  TEXT    NOT NULL PRIMARY KEY,
    IdNumber TEXT    NOT NULL,
    Centre   TEXT    NOT NULL,
    Course   TEXT    NOT NULL,
    Hours    REAL    NOT NULL,
    FromDate TEXT    NOT NULL,
    ToDate   TEXT    NOT NULL,
    Actor    TEXT    NOT NULL,
    AtUs     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX CertEngineTrainingHoursHolder ON CertEngineTrainingHours (IdNumber, FromDate, EntryId);
CREATE INDEX CertEngineCertificatesIssued ON CertEngineCertificates (IssuedOn, Number);
CREATE INDEX CertEngineComponentResultsSession ON CertEngineComponentResults (SessionId, IdNumber);
