-- CertEngine storage schema, version 8 (SQLite, embedded mode): candidates' photos (1-inch, for 人证合一 at check-in,
-- the admission ticket and the certificate). One row per candidate (by ID number): the current photo only, already
-- normalised by the server (JPEG, 295×413, no metadata); who replaced it and when is in the candidate's audit trail.
CREATE TABLE CertEngineCandidatePhotos (
    IdNumber TEXT    NOT NULL PRIMARY KEY,
    Jpeg     BLOB    NOT NULL,
    Sha256   TEXT    NOT NULL,
    Width    INTEGER NOT NULL,
    Height   INTEGER NOT NULL,
    Actor    TEXT    NOT NULL,
    AtUs     INTEGER NOT NULL
) STRICT;
