-- CertEngine storage schema, version 7 (PostgreSQL, cluster mode): the candidate directory for the back office's list.
-- One row per candidate (by ID number) holding the latest profile fact, kept by the fact store in the transaction that
-- appends the fact, so the list pages and counts without scanning every profile fact. Profiles gain a phone number.
ALTER TABLE certenginecandidates ADD COLUMN phone text NOT NULL DEFAULT '';

CREATE TABLE certenginecandidatedirectory (
    idnumber   text   NOT NULL PRIMARY KEY,
    internalid text   NOT NULL,
    name       text   NOT NULL,
    county     text   NOT NULL,
    tags       text   NOT NULL,
    phone      text   NOT NULL,
    factid     text   NOT NULL,
    atus       bigint NOT NULL
);

CREATE INDEX certenginecandidatedirectoryname ON certenginecandidatedirectory (name COLLATE "C", idnumber);
CREATE INDEX certenginecandidatedirectoryinternal ON certenginecandidatedirectory (internalid);
CREATE INDEX certengineenrolmentscandidate ON certengineenrolments (idnumber, trackkey);
CREATE INDEX certenginecomponentresultscandidate ON certenginecomponentresults (idnumber, trackkey);
CREATE INDEX certenginecertificatesholdertrack ON certenginecertificates (idnumber, trackkey);

INSERT INTO certenginecandidatedirectory (idnumber, internalid, name, county, tags, phone, factid, atus)
SELECT c.idnumber, c.internalid, c.name, c.county, c.tags, c.phone, c.factid, c.atus FROM certenginecandidates c
WHERE NOT EXISTS (SELECT 1 FROM certenginecandidates later WHERE later.idnumber = c.idnumber
    AND (later.atus > c.atus OR (later.atus = c.atus AND later.factid > c.factid)));
