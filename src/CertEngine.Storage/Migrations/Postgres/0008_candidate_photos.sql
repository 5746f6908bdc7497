-- CertEngine storage schema, version 8 (PostgreSQL, cluster mode): candidates' photos (1-inch, for 人证合一 at check-in,
-- the admission ticket and the certificate). One row per candidate (by ID number): the current photo only, already
-- normalised by the server (JPEG, 295×413, no metadata); who replaced it and when is in the candidate's audit trail.
CREATE TABLE certenginecandidatephotos (
    idnumber text    NOT NULL PRIMARY KEY,
    jpeg     bytea   NOT NULL,
    sha256   text    NOT NULL,
    width    integer NOT NULL,
    height   integer NOT NULL,
    actor    text    NOT NULL,
    atus     bigint  NOT NULL
);
